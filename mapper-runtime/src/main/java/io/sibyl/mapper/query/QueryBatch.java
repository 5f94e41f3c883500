package io.sibyl.mapper.query;

import io.sibyl.driver.AsyncResultSet;
import io.sibyl.driver.BatchStatement;
import io.sibyl.driver.BatchableStatement;
import io.sibyl.driver.BoundStatement;
import io.sibyl.driver.Consistency;
import io.sibyl.driver.ResultSet;
import io.sibyl.driver.Session;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.internal.query.BatchEntry;
import io.sibyl.mapper.internal.query.BatchRules;
import io.sibyl.mapper.internal.query.ObservedBatch;
import io.sibyl.mapper.observe.RepositoryObserver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * A batch of DSL and repository writes with a shared timestamp, consistency and timeout, run when
 * it is closed. Each statement is checked as it is added ({@link BatchRefusedException}): no
 * selects, counter updates only in a counter batch, conditions on one partition of one table only,
 * no statement timestamp under a batch timestamp.
 *
 * <pre>{@code
 * try (QueryBatch batch = QueryBatch.logged(mapper).withTimestamp(micros)) {
 *   posts.saveTo(batch, post);
 *   posts.update().set(Post_.TITLE.set("new")).where(...).addTo(batch);
 *   batch.add(orders.saveStatement(order)); // a repository statement
 *   batch.onSuccess(() -> log.info("saved"));
 * } // runs the batch here
 * }</pre>
 *
 * <p>{@link #close()} cannot tell whether the {@code try} block failed: call {@link #discard()}
 * before leaving it on an error, or use {@link #run(Consumer)}, which discards on exceptions. Not
 * thread-safe; a batch runs at most once. The mapper's {@link RepositoryObserver} hears of the run
 * as method {@code batch} (or {@code batchAsync}) of the table that all its statements write, or of
 * {@code batch} when they write several.
 */
public final class QueryBatch implements AutoCloseable {

  private enum State {
    OPEN,
    EXECUTED,
    DISCARDED
  }

  private final Session session;
  private final RepositoryObserver observer;
  private final BatchStatement.Type type;
  private final List<BatchableStatement> statements = new ArrayList<>();
  private final List<BatchEntry> entries = new ArrayList<>();
  private final List<Runnable> callbacks = new ArrayList<>();
  private Long timestamp;
  private Consistency consistency;
  private Duration timeout;
  private State state = State.OPEN;

  private QueryBatch(Mapper mapper, BatchStatement.Type type) {
    this.session = mapper.session();
    this.observer = mapper.repositoryObserver();
    this.type = type;
  }

  /** A logged batch: all of its writes apply eventually, even across partitions. */
  public static QueryBatch logged(Mapper mapper) {
    return new QueryBatch(Objects.requireNonNull(mapper, "mapper"), BatchStatement.Type.LOGGED);
  }

  /** An unlogged batch: no batch log, meant for writes to one partition. */
  public static QueryBatch unlogged(Mapper mapper) {
    return new QueryBatch(Objects.requireNonNull(mapper, "mapper"), BatchStatement.Type.UNLOGGED);
  }

  /** A counter batch: counter updates only. */
  public static QueryBatch counter(Mapper mapper) {
    return new QueryBatch(Objects.requireNonNull(mapper, "mapper"), BatchStatement.Type.COUNTER);
  }

  /**
   * Adds a statement (a repository method's {@code BoundStatement}, or a DSL builder's {@code
   * statement()}).
   *
   * @throws BatchRefusedException when this batch cannot hold it
   */
  public QueryBatch add(BatchableStatement statement) {
    Objects.requireNonNull(statement, "statement");
    checkOpen();
    BatchEntry entry = BatchEntry.of(statement);
    BatchRules.check(type, entries, entry, timestamp != null);
    entries.add(entry);
    statements.add(statement);
    return this;
  }

  /** Adds an update built with the DSL. */
  public QueryBatch add(UpdateQuery<?> update) {
    return add(update.statement());
  }

  /** Adds a delete built with the DSL. */
  public QueryBatch add(DeleteQuery<?> delete) {
    return add(delete.statement());
  }

  /** Writes every statement at this timestamp, in microseconds since the epoch. */
  public QueryBatch withTimestamp(long micros) {
    checkOpen();
    BatchRules.checkSharedTimestamp(type, entries);
    this.timestamp = micros;
    return this;
  }

  /** Runs the batch at this consistency level. */
  public QueryBatch withConsistency(Consistency consistency) {
    checkOpen();
    this.consistency = Objects.requireNonNull(consistency, "consistency");
    return this;
  }

  /** Runs the batch with this request timeout (cqlengine's {@code BatchQuery(timeout=...)}). */
  public QueryBatch withTimeout(Duration timeout) {
    checkOpen();
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    return this;
  }

  /** Runs {@code callback} after the batch succeeds, in the order callbacks were added. */
  public QueryBatch onSuccess(Runnable callback) {
    checkOpen();
    callbacks.add(Objects.requireNonNull(callback, "callback"));
    return this;
  }

  /** The number of statements added so far. */
  public int size() {
    return statements.size();
  }

  /** The kind of batch. */
  public BatchStatement.Type type() {
    return type;
  }

  /** The driver statement this batch sends, with its timestamp, consistency and timeout. */
  public BatchStatement statement() {
    if (statements.isEmpty()) {
      throw new IllegalStateException("A batch needs at least one statement: add() some first");
    }
    BatchStatement batch = BatchStatement.of(type, statements.toArray(new BatchableStatement[0]));
    batch = batch.withIdempotent(isIdempotent());
    if (timestamp != null) {
      batch = batch.withTimestamp(timestamp);
    }
    if (timeout != null) {
      batch = batch.withTimeout(timeout);
    }
    return consistency == null ? batch : batch.withConsistency(consistency);
  }

  /** Runs the batch, then the callbacks; {@code wasApplied()} tells about conditional batches. */
  public ResultSet execute() {
    BatchStatement batch = statement();
    checkOpen();
    state = State.EXECUTED;
    ResultSet rs = ObservedBatch.execute(session, observer, batch);
    callbacks.forEach(Runnable::run);
    return rs;
  }

  /** {@link #execute()} without blocking; callbacks run when the batch succeeds. */
  public CompletionStage<AsyncResultSet> executeAsync() {
    BatchStatement batch;
    try {
      batch = statement();
      checkOpen();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    state = State.EXECUTED;
    return ObservedBatch.executeAsync(session, observer, batch)
        .thenApply(
            rs -> {
              callbacks.forEach(Runnable::run);
              return rs;
            });
  }

  /** Drops the batch: nothing is sent, and {@link #close()} does nothing. */
  public void discard() {
    if (state == State.OPEN) {
      state = State.DISCARDED;
    }
  }

  /**
   * Fills the batch with {@code body}, then runs it; if {@code body} throws, nothing is sent.
   *
   * @return the batch's result, or null when {@code body} added nothing
   */
  public ResultSet run(Consumer<QueryBatch> body) {
    try {
      body.accept(this);
    } catch (RuntimeException | Error e) {
      discard();
      throw e;
    }
    return statements.isEmpty() ? null : execute();
  }

  /** Runs the batch unless it was run or discarded already, or is empty. */
  @Override
  public void close() {
    if (state == State.OPEN && !statements.isEmpty()) {
      execute();
    }
  }

  private void checkOpen() {
    if (state != State.OPEN) {
      throw new IllegalStateException(
          "This batch was "
              + state.name().toLowerCase(java.util.Locale.ROOT)
              + ": start a new one");
    }
  }

  private boolean isIdempotent() {
    if (type == BatchStatement.Type.COUNTER) {
      return false;
    }
    for (int i = 0; i < statements.size(); i++) {
      Boolean idempotent =
          statements.get(i) instanceof BoundStatement bound
              ? bound.idempotent()
              : ((io.sibyl.driver.SimpleStatement) statements.get(i)).idempotent();
      if (!Boolean.TRUE.equals(idempotent) || entries.get(i).conditional()) {
        return false;
      }
    }
    return true;
  }
}
