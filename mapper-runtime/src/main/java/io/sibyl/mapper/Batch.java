package io.sibyl.mapper;

import io.sibyl.driver.AsyncResultSet;
import io.sibyl.driver.BatchStatement;
import io.sibyl.driver.BatchableStatement;
import io.sibyl.driver.BoundStatement;
import io.sibyl.driver.ResultSet;
import io.sibyl.driver.Session;
import io.sibyl.driver.SimpleStatement;
import io.sibyl.mapper.internal.query.ObservedBatch;
import io.sibyl.mapper.observe.RepositoryObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * Collects statements from repository methods that return a {@code BoundStatement} and runs them as
 * one batch. Not thread-safe: build a batch on one thread, then execute it.
 *
 * <pre>{@code
 * mapper.loggedBatch()
 *     .add(orders.saveStatement(order))
 *     .add(ordersByDay.saveStatement(orderByDay))
 *     .execute();
 * }</pre>
 *
 * <p>The batch is idempotent when every statement in it is, and it is not a counter batch. The
 * mapper's {@link RepositoryObserver} hears of each run as method {@code batch} (or {@code
 * batchAsync}) of the table that all its statements write, or of {@code batch} when they write
 * several.
 */
public final class Batch {

  private final Session session;
  private final BatchStatement.Type type;
  private final RepositoryObserver observer;
  private final List<BatchableStatement> statements = new ArrayList<>();
  private QueryOptions options = QueryOptions.none();

  Batch(Session session, BatchStatement.Type type, RepositoryObserver observer) {
    this.session = session;
    this.type = type;
    this.observer = observer;
  }

  /** Adds statements, in order. */
  public Batch add(BatchableStatement... more) {
    for (BatchableStatement statement : more) {
      statements.add(Objects.requireNonNull(statement, "statement"));
    }
    return this;
  }

  /** Uses the given options (consistency, timeout, timestamp...) for the whole batch. */
  public Batch withOptions(QueryOptions options) {
    this.options = Objects.requireNonNull(options, "options");
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

  /** The driver statement for this batch, with its options and idempotence. */
  public BatchStatement statement() {
    if (statements.isEmpty()) {
      throw new IllegalStateException("A batch needs at least one statement: add() some first");
    }
    BatchStatement batch =
        BatchStatement.of(type, statements.toArray(new BatchableStatement[0]))
            .withIdempotent(isIdempotent());
    return options.applyTo(batch);
  }

  /** Runs the batch and waits for it; {@code wasApplied()} tells about conditional batches. */
  public ResultSet execute() {
    return ObservedBatch.execute(session, observer, statement());
  }

  /** Runs the batch without blocking. */
  public CompletionStage<AsyncResultSet> executeAsync() {
    return ObservedBatch.executeAsync(session, observer, statement());
  }

  private boolean isIdempotent() {
    if (type == BatchStatement.Type.COUNTER) {
      return false;
    }
    for (BatchableStatement statement : statements) {
      Boolean idempotent =
          statement instanceof BoundStatement bound
              ? bound.idempotent()
              : ((SimpleStatement) statement).idempotent();
      if (!Boolean.TRUE.equals(idempotent)) {
        return false;
      }
    }
    return true;
  }
}
