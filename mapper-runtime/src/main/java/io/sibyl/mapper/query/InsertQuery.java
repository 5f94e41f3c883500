package io.sibyl.mapper.query;

import io.sibyl.driver.BoundStatement;
import io.sibyl.driver.Consistency;
import io.sibyl.mapper.InvalidDslQueryException;
import io.sibyl.mapper.LwtResult;
import io.sibyl.mapper.QueryOptions;
import io.sibyl.mapper.generated.PreparedCql;
import io.sibyl.mapper.generated.TableDescriptor;
import io.sibyl.mapper.internal.query.WriteChecks;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * The insert of one entity with options ({@code posts.insert(post).usingTtl(60).execute()}):
 * cqlengine's {@code Post.ttl(60).create(...)}. Immutable; prepared once per shape (which options
 * are set), the TTL and timestamp being bound as markers. {@link QueryTable#save} is the short form
 * without options.
 *
 * @param <T> the entity type
 */
public final class InsertQuery<T> {

  private final QueryContext<T> context;
  private final InsertShapes shapes;
  private final int[] all;
  private final T entity;
  private final boolean ifNotExists;
  private final Integer ttl;
  private final Long timestamp;
  private final QueryOptions options;

  private InsertQuery(
      QueryContext<T> context,
      InsertShapes shapes,
      int[] all,
      T entity,
      boolean ifNotExists,
      Integer ttl,
      Long timestamp,
      QueryOptions options) {
    this.context = context;
    this.shapes = shapes;
    this.all = all;
    this.entity = entity;
    this.ifNotExists = ifNotExists;
    this.ttl = ttl;
    this.timestamp = timestamp;
    this.options = options;
  }

  static <T> InsertQuery<T> of(QueryContext<T> context, InsertShapes shapes, int[] all, T entity) {
    return new InsertQuery<>(
        context,
        shapes,
        all,
        // Defaults and checks run once, here: every statement of this insert writes one entity.
        context.model().table().prepareInsert(Objects.requireNonNull(entity, "entity")),
        false,
        null,
        null,
        QueryOptions.none());
  }

  /** An insert applied only when the row does not exist ({@code IF NOT EXISTS}, a Paxos round). */
  public InsertQuery<T> ifNotExists() {
    return new InsertQuery<>(context, shapes, all, entity, true, ttl, timestamp, options);
  }

  /** An insert whose values expire after {@code seconds} ({@code USING TTL}; 0 means never). */
  public InsertQuery<T> usingTtl(int seconds) {
    if (seconds < 0) {
      throw new IllegalArgumentException("A TTL cannot be negative, got " + seconds);
    }
    return new InsertQuery<>(
        context, shapes, all, entity, ifNotExists, seconds, timestamp, options);
  }

  /** An insert written at this timestamp, in microseconds ({@code USING TIMESTAMP}). */
  public InsertQuery<T> usingTimestamp(long micros) {
    return new InsertQuery<>(context, shapes, all, entity, ifNotExists, ttl, micros, options);
  }

  /** An insert with this consistency level. */
  public InsertQuery<T> consistency(Consistency consistency) {
    return withOptions(options.withConsistency(consistency));
  }

  /** An insert with this request timeout. */
  public InsertQuery<T> timeout(Duration timeout) {
    return withOptions(options.withTimeout(timeout));
  }

  /** An insert run with the options of this execution profile of the session. */
  public InsertQuery<T> executionProfile(String profileName) {
    return withOptions(options.withExecutionProfile(profileName));
  }

  private InsertQuery<T> withOptions(QueryOptions newOptions) {
    return new InsertQuery<>(context, shapes, all, entity, ifNotExists, ttl, timestamp, newOptions);
  }

  /** The CQL of this insert's shape. */
  public String cql() {
    return shapes.cql(ifNotExists, ttl != null, timestamp != null);
  }

  /**
   * Checks the insert against the rules on conditions, timestamps and counters.
   *
   * @throws InvalidDslQueryException what Cassandra would refuse
   */
  public InsertQuery<T> validate() {
    refuseCounters(context.model().table());
    WriteChecks.checkOptions(
        "Insert", context.model().table(), ifNotExists, 0, ttl != null, timestamp != null);
    return this;
  }

  /** Refuses inserts into a counter table, which only takes updates. */
  static void refuseCounters(TableDescriptor<?> table) {
    if (table.isCounterTable()) {
      throw new InvalidDslQueryException(
          "Table "
              + table.name()
              + " holds counters, which cannot be inserted: use update() with increment()");
    }
  }

  /** The bound statement this insert sends, preparing its shape if needed (blocking). */
  public BoundStatement statement() {
    return bind(prepared().bind());
  }

  /** Adds this insert to a batch (which runs it later); returns the batch. */
  public QueryBatch addTo(QueryBatch batch) {
    return batch.add(statement());
  }

  /**
   * Runs the insert. Without {@link #ifNotExists()} it is always applied; with it, the result says
   * whether it was, with the existing row when it was not.
   */
  public LwtResult<T> execute() {
    return context.executeWrite("insert", statement(), ifNotExists);
  }

  /** {@link #execute()} without blocking. */
  public CompletionStage<LwtResult<T>> executeAsync() {
    return context.executeWriteAsync("insertAsync", this::prepared, this::bind, ifNotExists);
  }

  private PreparedCql prepared() {
    validate();
    return context.statement(cql(), !ifNotExists, () -> {});
  }

  private BoundStatement bind(BoundStatement bs) {
    // A conditional insert creates the row, so a null would only write a tombstone: leave it unset.
    context.model().binder().bind(bs, entity, all, context.setsNulls() && !ifNotExists);
    int i = all.length;
    if (ttl != null) {
      bs.setInt(i++, ttl);
    }
    if (timestamp != null) {
      bs.setLong(i, timestamp);
    }
    return options.applyTo(bs);
  }

  @Override
  public String toString() {
    return cql();
  }
}
