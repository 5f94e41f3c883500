package io.sibyl.mapper.generated;

import io.sibyl.driver.BoundStatement;
import io.sibyl.driver.PreparedStatement;
import io.sibyl.driver.Session;
import io.sibyl.driver.SimpleStatement;
import io.sibyl.mapper.internal.ColumnIndexes;
import io.sibyl.mapper.internal.ConditionalCql;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One statement of a generated repository: its CQL, its idempotence (inferred at compile time),
 * whether it is a lightweight transaction, and its prepared form, obtained once and reused. A
 * failed preparation is not remembered: the next call tries again.
 */
public final class PreparedCql {

  private final Session session;
  private final String cql;
  private final boolean idempotent;
  private final boolean lwt;
  private final AtomicReference<CompletableFuture<PreparedStatement>> prepared =
      new AtomicReference<>();
  // The prepared statement once the preparation succeeded, read without touching the future.
  private volatile PreparedStatement ready;
  private volatile MappedReader<?> reader;

  PreparedCql(Session session, String cql, boolean idempotent) {
    this.session = session;
    this.cql = cql;
    this.idempotent = idempotent;
    this.lwt = ConditionalCql.isConditional(cql);
  }

  /** The CQL text. */
  public String cql() {
    return cql;
  }

  /** Whether the statement may safely be applied twice. */
  public boolean idempotent() {
    return idempotent;
  }

  /**
   * Whether the statement is a lightweight transaction (a write with an {@code IF} clause); its
   * bound statements carry {@link io.sibyl.driver.Statement#lwt()}, so the driver routes them to
   * the partition's primary replica first.
   */
  public boolean lwt() {
    return lwt;
  }

  /**
   * The prepared statement, preparing it now if needed (blocking).
   *
   * @throws io.sibyl.driver.error.BlockingOperationException if it must wait and runs on a driver
   *     I/O thread
   */
  public PreparedStatement prepared() {
    PreparedStatement statement = ready;
    if (statement != null) {
      return statement;
    }
    // Start (or join) the shared preparation, then wait through the session: its synchronous
    // prepare finds the same in-flight request in its cache, and refuses at once on a driver I/O
    // thread, where a join() would stall the event loop until the request timed out.
    preparedAsync();
    return session.prepare(statement());
  }

  /** The prepared statement, preparing it if needed. */
  public CompletionStage<PreparedStatement> preparedAsync() {
    CompletableFuture<PreparedStatement> current = prepared.get();
    if (current != null) {
      return current;
    }
    CompletableFuture<PreparedStatement> mine = new CompletableFuture<>();
    if (!prepared.compareAndSet(null, mine)) {
      return prepared.get();
    }
    session
        // Prepared idempotent or not, so that bound statements inherit the flag without a copy.
        .prepareAsync(statement())
        .whenComplete(
            (statement, error) -> {
              if (error != null) {
                prepared.compareAndSet(mine, null);
                mine.completeExceptionally(error);
              } else {
                ready = statement;
                mine.complete(statement);
              }
            });
    return mine;
  }

  private SimpleStatement statement() {
    return SimpleStatement.of(cql).withIdempotent(idempotent).withLwt(lwt);
  }

  /** A new bound statement with its idempotence set and no value bound. */
  public BoundStatement bind() {
    return prepared().bind();
  }

  /** {@link #bind()} without blocking. */
  public CompletionStage<BoundStatement> bindAsync() {
    return preparedAsync().thenApply(PreparedStatement::bind);
  }

  /**
   * Whether the statement is prepared (the preparation succeeded), so that {@link #bind()} returns
   * at once; never blocks and never starts a preparation. Generated asynchronous methods bind and
   * execute at once when it is, and go through {@link #bindAsync()} otherwise (the first call), so
   * that a call on a prepared statement allocates no stage of its own.
   */
  public boolean isPrepared() {
    return ready != null;
  }

  /**
   * A reader of this statement's rows into entities of {@code table}, matching result columns by
   * name; for hand-written queries whose columns need not be the table's, in the table's order.
   */
  @SuppressWarnings("unchecked")
  public <T> RowReader<T> reader(TableDescriptor<T> table) {
    MappedReader<?> current = reader;
    if (current == null || current.table != table) {
      int[] at = ColumnIndexes.of(prepared().resultDefinitions(), table.columns());
      current = new MappedReader<>(table, at);
      reader = current;
    }
    return (RowReader<T>) current;
  }

  @Override
  public String toString() {
    return cql;
  }

  private record MappedReader<T>(TableDescriptor<T> table, int[] at) implements RowReader<T> {
    @Override
    public T read(io.sibyl.driver.Row row) {
      return table.read(row, at);
    }
  }
}
