package io.sibyl.mapper.query;

import io.sibyl.driver.BoundStatement;
import io.sibyl.driver.Consistency;
import io.sibyl.mapper.InvalidDslQueryException;
import io.sibyl.mapper.LwtResult;
import io.sibyl.mapper.QueryOptions;
import io.sibyl.mapper.ValidationErrors;
import io.sibyl.mapper.generated.Checks;
import io.sibyl.mapper.generated.PreparedCql;
import io.sibyl.mapper.internal.query.QueryChecks;
import io.sibyl.mapper.internal.query.WriteChecks;
import io.sibyl.mapper.metamodel.Assignment;
import io.sibyl.mapper.metamodel.InvalidRestrictionException;
import io.sibyl.mapper.metamodel.Restriction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

/**
 * An update of one row: assignments (values, collection operations such as {@code
 * Post_.COMMENTS.setAt(0, "x")}, counter increments), the whole primary key in {@code where}, and
 * optionally conditions ({@link #ifExists()}, {@link #onlyIf}), a TTL and a timestamp. Immutable
 * and reusable; prepared once per shape.
 *
 * <pre>{@code
 * LwtResult<User> r = User_.table(mapper).update()
 *     .set(User_.NAME.set("ada"), User_.TAGS.add(Set.of("admin")))
 *     .where(User_.ID.eq(id))
 *     .onlyIf(User_.NAME.eq("lovelace"))
 *     .execute();
 * }</pre>
 *
 * @param <T> the entity type
 */
public final class UpdateQuery<T> {

  private final QueryContext<T> context;
  private final List<Assignment<T>> assignments;
  private final List<Restriction<T>> where;
  private final List<Restriction<T>> conditions;
  private final boolean ifExists;
  private final Integer ttl;
  private final Long timestamp;
  private final QueryOptions options;

  private UpdateQuery(
      QueryContext<T> context,
      List<Assignment<T>> assignments,
      List<Restriction<T>> where,
      List<Restriction<T>> conditions,
      boolean ifExists,
      Integer ttl,
      Long timestamp,
      QueryOptions options) {
    this.context = context;
    this.assignments = assignments;
    this.where = where;
    this.conditions = conditions;
    this.ifExists = ifExists;
    this.ttl = ttl;
    this.timestamp = timestamp;
    this.options = options;
  }

  static <T> UpdateQuery<T> of(QueryContext<T> context) {
    return new UpdateQuery<>(
        context, List.of(), List.of(), List.of(), false, null, null, QueryOptions.none());
  }

  /** An update with these assignments added. */
  @SafeVarargs
  public final UpdateQuery<T> set(Assignment<T>... more) {
    return new UpdateQuery<>(
        context, plus(assignments, more), where, conditions, ifExists, ttl, timestamp, options);
  }

  /** An update with these key restrictions added. */
  @SafeVarargs
  public final UpdateQuery<T> where(Restriction<T>... more) {
    return new UpdateQuery<>(
        context, assignments, plus(where, more), conditions, ifExists, ttl, timestamp, options);
  }

  /** An update applied only if the row exists ({@code IF EXISTS}, a lightweight transaction). */
  public UpdateQuery<T> ifExists() {
    return new UpdateQuery<>(
        context, assignments, where, conditions, true, ttl, timestamp, options);
  }

  /**
   * An update applied only if these conditions hold ({@code IF ...}, a lightweight transaction);
   * when they do not, the {@link LwtResult} holds the current values of the conditions' columns.
   * Not combined with {@link #ifExists()}: a condition is not applied either when the row is
   * absent.
   */
  @SafeVarargs
  public final UpdateQuery<T> onlyIf(Restriction<T>... more) {
    return new UpdateQuery<>(
        context, assignments, where, plus(conditions, more), ifExists, ttl, timestamp, options);
  }

  /** An update whose written values expire after {@code seconds} ({@code USING TTL}). */
  public UpdateQuery<T> usingTtl(int seconds) {
    if (seconds < 0) {
      throw new IllegalArgumentException("A TTL cannot be negative, got " + seconds);
    }
    return new UpdateQuery<>(
        context, assignments, where, conditions, ifExists, seconds, timestamp, options);
  }

  /** An update written at this timestamp, in microseconds ({@code USING TIMESTAMP}). */
  public UpdateQuery<T> usingTimestamp(long micros) {
    return new UpdateQuery<>(
        context, assignments, where, conditions, ifExists, ttl, micros, options);
  }

  /** An update with this consistency level. */
  public UpdateQuery<T> consistency(Consistency consistency) {
    return new UpdateQuery<>(
        context,
        assignments,
        where,
        conditions,
        ifExists,
        ttl,
        timestamp,
        options.withConsistency(consistency));
  }

  /** An update with this request timeout. */
  public UpdateQuery<T> timeout(Duration timeout) {
    return new UpdateQuery<>(
        context,
        assignments,
        where,
        conditions,
        ifExists,
        ttl,
        timestamp,
        options.withTimeout(timeout));
  }

  /** The CQL of this update's shape. */
  public String cql() {
    StringBuilder cql = new StringBuilder("UPDATE ").append(context.table());
    if (ttl != null || timestamp != null) {
      cql.append(" USING ");
      if (ttl != null) {
        cql.append("TTL ?");
      }
      if (timestamp != null) {
        cql.append(ttl != null ? " AND TIMESTAMP ?" : "TIMESTAMP ?");
      }
    }
    cql.append(" SET ")
        .append(assignments.stream().map(Assignment::cql).collect(Collectors.joining(", ")));
    Conditions.appendWhere(cql, where);
    Conditions.appendIf(cql, ifExists, conditions);
    return cql.toString();
  }

  /**
   * Checks this update against the table's key layout and the rules on conditions, TTLs, timestamps
   * and counters.
   *
   * @throws InvalidDslQueryException what Cassandra would refuse
   */
  public UpdateQuery<T> validate() {
    String table = context.model().table().name();
    if (assignments.isEmpty()) {
      throw new InvalidDslQueryException("Update of " + table + " sets nothing: add set(...)");
    }
    long counters = assignments.stream().filter(Assignment::isCounter).count();
    if (counters > 0 && counters < assignments.size()) {
      throw new InvalidDslQueryException(
          "Update of "
              + table
              + " mixes counter and other assignments: update counters in their own statement");
    }
    for (Assignment<T> assignment : assignments) {
      if (assignment.column().table() != context.model().table()) {
        throw new InvalidRestrictionException(
            "Column " + assignment.column() + " is not a column of table " + table);
      }
    }
    WriteChecks.checkOptions(
        "Update",
        context.model().table(),
        ifExists,
        conditions.size(),
        ttl != null,
        timestamp != null);
    QueryChecks.checkWrite("Update", context.model().table(), where, true);
    if (isConditional()) {
      WriteChecks.checkConditionalKey("Update", context.model().table(), where);
    }
    Conditions.checkConditions("Update", context, conditions);
    return this;
  }

  /** Whether the update is a lightweight transaction. */
  public boolean isConditional() {
    return ifExists || !conditions.isEmpty();
  }

  /** The bound statement this update sends, preparing its shape if needed (blocking). */
  public BoundStatement statement() {
    return bind(prepared().bind());
  }

  /** Adds this update to a batch (which runs it later); returns the batch. */
  public QueryBatch addTo(QueryBatch batch) {
    return batch.add(statement());
  }

  /**
   * Runs the update. Unconditional updates are always applied; a conditional one reports whether it
   * was, with the current values of the condition's columns when it was not.
   */
  public LwtResult<T> execute() {
    return context.executeWrite("update", statement(), isConditional());
  }

  /** {@link #execute()} without blocking. */
  public CompletionStage<LwtResult<T>> executeAsync() {
    return context.executeWriteAsync("updateAsync", this::prepared, this::bind, isConditional());
  }

  // Checked first: a refused value sends nothing, not even the PREPARE of a new shape.
  private PreparedCql prepared() {
    checkValues();
    boolean idempotent =
        !isConditional() && assignments.stream().allMatch(Assignment::isIdempotent);
    return context.statement(cql(), idempotent, this::validate);
  }

  private BoundStatement bind(BoundStatement bs) {
    int i = 0;
    if (ttl != null) {
      bs.setInt(i++, ttl);
    }
    if (timestamp != null) {
      bs.setLong(i++, timestamp);
    }
    for (Assignment<T> assignment : assignments) {
      i = assignment.bind(bs, i);
    }
    i = Conditions.bind(bs, i, where);
    Conditions.bind(bs, i, conditions);
    return options.applyTo(bs);
  }

  /** The constraints of the columns this update sets to a value: nothing is sent if one fails. */
  private void checkValues() {
    ValidationErrors errors = null;
    for (Assignment<T> assignment : assignments) {
      if (assignment.kind() == Assignment.Kind.SET) {
        errors =
            context
                .model()
                .table()
                .checkValue(errors, assignment.column().position(), assignment.value());
      }
    }
    Checks.throwIfAny(errors, "update");
  }

  @SafeVarargs
  static <E> List<E> plus(List<E> list, E... more) {
    List<E> all = new ArrayList<>(list);
    all.addAll(List.of(more));
    return List.copyOf(all);
  }

  @Override
  public String toString() {
    return cql();
  }
}
