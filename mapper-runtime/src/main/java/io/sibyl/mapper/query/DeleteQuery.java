package io.sibyl.mapper.query;

import io.sibyl.driver.BoundStatement;
import io.sibyl.driver.Consistency;
import io.sibyl.mapper.InvalidDslQueryException;
import io.sibyl.mapper.LwtResult;
import io.sibyl.mapper.QueryOptions;
import io.sibyl.mapper.generated.ColumnKind;
import io.sibyl.mapper.generated.PreparedCql;
import io.sibyl.mapper.internal.query.DeleteChecks;
import io.sibyl.mapper.internal.query.QueryChecks;
import io.sibyl.mapper.internal.query.WriteChecks;
import io.sibyl.mapper.metamodel.CollectionElement;
import io.sibyl.mapper.metamodel.ColumnRef;
import io.sibyl.mapper.metamodel.Restriction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * A delete of rows, or of some columns or collection elements of one row: the partition key in
 * {@code where} (and a clustering prefix, optionally ending with a range, to delete several rows),
 * optionally conditions and a timestamp. Immutable and reusable; prepared once per shape.
 *
 * <pre>{@code
 * Event_.table(mapper).delete().where(Event_.DAY.eq(day), Event_.AT.lt(cutoff)).execute();
 * posts.delete().elements(Post_.COMMENTS.at(0), Post_.RATINGS.key("ada")).where(...).execute();
 * }</pre>
 *
 * @param <T> the entity type
 */
public final class DeleteQuery<T> {

  private final QueryContext<T> context;
  private final List<ColumnRef<T, ?>> columns;
  private final List<CollectionElement<T>> elements;
  private final List<Restriction<T>> where;
  private final List<Restriction<T>> conditions;
  private final boolean ifExists;
  private final Long timestamp;
  private final QueryOptions options;

  private DeleteQuery(
      QueryContext<T> context,
      List<ColumnRef<T, ?>> columns,
      List<CollectionElement<T>> elements,
      List<Restriction<T>> where,
      List<Restriction<T>> conditions,
      boolean ifExists,
      Long timestamp,
      QueryOptions options) {
    this.context = context;
    this.columns = columns;
    this.elements = elements;
    this.where = where;
    this.conditions = conditions;
    this.ifExists = ifExists;
    this.timestamp = timestamp;
    this.options = options;
  }

  static <T> DeleteQuery<T> of(QueryContext<T> context, List<ColumnRef<T, ?>> columns) {
    return new DeleteQuery<>(
        context,
        List.copyOf(columns),
        List.of(),
        List.of(),
        List.of(),
        false,
        null,
        QueryOptions.none());
  }

  /**
   * A delete that also removes these collection elements ({@code DELETE comments[?], ratings[?]}),
   * from the one row named by the whole primary key. Deleting a list element shifts the following
   * ones, so such a delete is not retried on a timeout.
   */
  @SafeVarargs
  public final DeleteQuery<T> elements(CollectionElement<T>... more) {
    return new DeleteQuery<>(
        context,
        columns,
        UpdateQuery.plus(elements, more),
        where,
        conditions,
        ifExists,
        timestamp,
        options);
  }

  /** A delete with these key restrictions added. */
  @SafeVarargs
  public final DeleteQuery<T> where(Restriction<T>... more) {
    return new DeleteQuery<>(
        context,
        columns,
        elements,
        UpdateQuery.plus(where, more),
        conditions,
        ifExists,
        timestamp,
        options);
  }

  /** A delete applied only if the row exists ({@code IF EXISTS}). */
  public DeleteQuery<T> ifExists() {
    return new DeleteQuery<>(
        context, columns, elements, where, conditions, true, timestamp, options);
  }

  /**
   * A delete applied only if these conditions hold ({@code IF ...}); when they do not, the {@link
   * LwtResult} holds the current values of the conditions' columns.
   */
  @SafeVarargs
  public final DeleteQuery<T> onlyIf(Restriction<T>... more) {
    return new DeleteQuery<>(
        context,
        columns,
        elements,
        where,
        UpdateQuery.plus(conditions, more),
        ifExists,
        timestamp,
        options);
  }

  /**
   * A delete at this timestamp, in microseconds ({@code USING TIMESTAMP}): it removes only what was
   * written at or before it.
   */
  public DeleteQuery<T> usingTimestamp(long micros) {
    return new DeleteQuery<>(
        context, columns, elements, where, conditions, ifExists, micros, options);
  }

  /** A delete with this consistency level. */
  public DeleteQuery<T> consistency(Consistency consistency) {
    return withOptions(options.withConsistency(consistency));
  }

  /** A delete with this request timeout. */
  public DeleteQuery<T> timeout(Duration timeout) {
    return withOptions(options.withTimeout(timeout));
  }

  private DeleteQuery<T> withOptions(QueryOptions changed) {
    return new DeleteQuery<>(
        context, columns, elements, where, conditions, ifExists, timestamp, changed);
  }

  /** The CQL of this delete's shape. */
  public String cql() {
    StringBuilder cql = new StringBuilder("DELETE ");
    List<String> targets = new ArrayList<>();
    columns.forEach(c -> targets.add(c.cql()));
    elements.forEach(e -> targets.add(e.cql()));
    if (!targets.isEmpty()) {
      cql.append(String.join(", ", targets)).append(' ');
    }
    cql.append("FROM ").append(context.table());
    if (timestamp != null) {
      cql.append(" USING TIMESTAMP ?");
    }
    Conditions.appendWhere(cql, where);
    Conditions.appendIf(cql, ifExists, conditions);
    return cql.toString();
  }

  /** Whether the delete is a lightweight transaction. */
  public boolean isConditional() {
    return ifExists || !conditions.isEmpty();
  }

  /**
   * Checks this delete against the table's key layout and the rules on conditions.
   *
   * @throws InvalidDslQueryException what Cassandra would refuse
   */
  public DeleteQuery<T> validate() {
    var table = context.model().table();
    WriteChecks.checkOptions(
        "Delete", table, ifExists, conditions.size(), false, timestamp != null);
    DeleteChecks.check(table, columns, elements, where, isConditional());
    boolean staticOnly =
        elements.isEmpty()
            && !columns.isEmpty()
            && columns.stream().allMatch(c -> c.kind() == ColumnKind.STATIC);
    boolean values = !(columns.isEmpty() && elements.isEmpty()) && !staticOnly;
    QueryChecks.checkWrite("Delete", table, where, values || isConditional() && !staticOnly);
    Conditions.checkConditions("Delete", context, conditions);
    return this;
  }

  /** The bound statement this delete sends, preparing its shape if needed (blocking). */
  public BoundStatement statement() {
    return bind(prepared().bind());
  }

  /** Adds this delete to a batch (which runs it later); returns the batch. */
  public QueryBatch addTo(QueryBatch batch) {
    return batch.add(statement());
  }

  /**
   * Runs the delete. A conditional one reports whether it was applied, with the current values of
   * the conditions' columns when it was not (none when the row does not exist).
   */
  public LwtResult<T> execute() {
    return context.executeWrite("delete", statement(), isConditional());
  }

  /** {@link #execute()} without blocking. */
  public CompletionStage<LwtResult<T>> executeAsync() {
    return context.executeWriteAsync("deleteAsync", this::prepared, this::bind, isConditional());
  }

  private PreparedCql prepared() {
    boolean idempotent =
        !isConditional() && elements.stream().noneMatch(CollectionElement::isListIndex);
    return context.statement(cql(), idempotent, this::validate);
  }

  private BoundStatement bind(BoundStatement bs) {
    int i = 0;
    for (CollectionElement<T> element : elements) {
      element.bind(bs, i++);
    }
    if (timestamp != null) {
      bs.setLong(i++, timestamp);
    }
    i = Conditions.bind(bs, i, where);
    Conditions.bind(bs, i, conditions);
    return options.applyTo(bs);
  }

  @Override
  public String toString() {
    return cql();
  }
}
