package io.sibyl.mapper.query;

import io.sibyl.driver.AsyncResultSet;
import io.sibyl.driver.BoundStatement;
import io.sibyl.driver.Consistency;
import io.sibyl.mapper.LwtResult;
import io.sibyl.mapper.QueryOptions;
import io.sibyl.mapper.generated.PreparedCql;
import io.sibyl.mapper.generated.Results;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

/**
 * A delete of rows, or of some columns of one row: the partition key in {@code where} (and a
 * clustering prefix or range to delete several rows), optionally conditions and a timestamp.
 * Immutable and reusable; prepared once per shape.
 *
 * <pre>{@code
 * Event_.table(mapper).delete().where(Event_.DAY.eq(day), Event_.AT.lt(cutoff)).execute();
 * }</pre>
 *
 * @param <T> the entity type
 */
public final class DeleteQuery<T> {

  private final QueryContext<T> context;
  private final List<Column<T, ?>> columns;
  private final List<Restriction<T>> where;
  private final List<Restriction<T>> conditions;
  private final boolean ifExists;
  private final Long timestamp;
  private final QueryOptions options;

  private DeleteQuery(
      QueryContext<T> context,
      List<Column<T, ?>> columns,
      List<Restriction<T>> where,
      List<Restriction<T>> conditions,
      boolean ifExists,
      Long timestamp,
      QueryOptions options) {
    this.context = context;
    this.columns = columns;
    this.where = where;
    this.conditions = conditions;
    this.ifExists = ifExists;
    this.timestamp = timestamp;
    this.options = options;
  }

  static <T> DeleteQuery<T> of(QueryContext<T> context, List<Column<T, ?>> columns) {
    return new DeleteQuery<>(
        context, List.copyOf(columns), List.of(), List.of(), false, null, QueryOptions.none());
  }

  /** A delete with these key restrictions added. */
  @SafeVarargs
  public final DeleteQuery<T> where(Restriction<T>... more) {
    return new DeleteQuery<>(
        context, columns, UpdateQuery.plus(where, more), conditions, ifExists, timestamp, options);
  }

  /** A delete applied only if the row exists ({@code IF EXISTS}). */
  public DeleteQuery<T> ifExists() {
    return new DeleteQuery<>(context, columns, where, conditions, true, timestamp, options);
  }

  /** A delete applied only if these conditions hold ({@code IF ...}). */
  @SafeVarargs
  public final DeleteQuery<T> onlyIf(Restriction<T>... more) {
    return new DeleteQuery<>(
        context, columns, where, UpdateQuery.plus(conditions, more), ifExists, timestamp, options);
  }

  /** A delete at this timestamp, in microseconds ({@code USING TIMESTAMP}). */
  public DeleteQuery<T> usingTimestamp(long micros) {
    return new DeleteQuery<>(context, columns, where, conditions, ifExists, micros, options);
  }

  /** A delete with this consistency level. */
  public DeleteQuery<T> consistency(Consistency consistency) {
    return new DeleteQuery<>(
        context,
        columns,
        where,
        conditions,
        ifExists,
        timestamp,
        options.withConsistency(consistency));
  }

  /** A delete with this request timeout. */
  public DeleteQuery<T> timeout(Duration timeout) {
    return new DeleteQuery<>(
        context, columns, where, conditions, ifExists, timestamp, options.withTimeout(timeout));
  }

  /** The CQL of this delete's shape. */
  public String cql() {
    StringBuilder cql = new StringBuilder("DELETE ");
    if (!columns.isEmpty()) {
      cql.append(columns.stream().map(Column::cql).collect(Collectors.joining(", "))).append(' ');
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
   * Checks this delete against the table's key layout.
   *
   * @throws QueryValidationException what Cassandra would refuse
   */
  public DeleteQuery<T> validate() {
    boolean staticOnly =
        !columns.isEmpty()
            && columns.stream()
                .allMatch(c -> c.kind() == io.sibyl.mapper.generated.ColumnKind.STATIC);
    boolean wholeKey = isConditional() || !columns.isEmpty() && !staticOnly;
    for (Column<T, ?> column : columns) {
      if (column.table() != context.model().table()) {
        throw new InvalidRestrictionException(
            "Column " + column + " is not a column of table " + context.model().table().name());
      }
    }
    QueryChecks.checkWrite("Delete", context.model().table(), where, wholeKey);
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

  /** Runs the delete; a conditional one reports whether it was applied. */
  public LwtResult<T> execute() {
    io.sibyl.driver.ResultSet rs = context.execute(statement());
    return isConditional() ? Results.lwt(rs, context.model().table()) : LwtResult.applied();
  }

  /** {@link #execute()} without blocking. */
  public CompletionStage<LwtResult<T>> executeAsync() {
    PreparedCql statement;
    try {
      statement = prepared();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    CompletionStage<AsyncResultSet> rs =
        statement.bindAsync().thenCompose(bs -> context.executeAsync(bind(bs)));
    return isConditional()
        ? rs.thenCompose(r -> Results.lwtAsync(r, context.model().table()))
        : rs.thenApply(r -> LwtResult.applied());
  }

  private PreparedCql prepared() {
    return context.statement(cql(), !isConditional(), this::validate);
  }

  private BoundStatement bind(BoundStatement bs) {
    int i = 0;
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
