package io.sibyl.mapper.bulk;

import io.sibyl.driver.BatchStatement;
import io.sibyl.driver.BoundStatement;
import io.sibyl.driver.Session;
import io.sibyl.driver.Statement;
import io.sibyl.driver.metadata.Node;
import io.sibyl.driver.metadata.TokenMap;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes many entities with a bounded number of requests in flight ({@code QueryTable.saveAll} uses
 * it). The input is read lazily, a window at a time, so a large {@code Stream} is never all in
 * memory; each window is grouped by partition (unlogged batches, when enabled) and interleaved by
 * replica. Each request's outcome is counted: nothing is dropped, every entity ends up written or
 * in {@link BulkResult#failures()}. Retries are the session's: an insert without {@code IF NOT
 * EXISTS} is idempotent, so timeouts are retried as the retry policy allows.
 *
 * @param <T> the entity type
 */
public final class BulkWriter<T> {
  private static final Logger LOG = LoggerFactory.getLogger(BulkWriter.class);

  private final Session session;
  private final Function<? super T, BoundStatement> insert;
  private final BulkOptions options;

  /**
   * A writer.
   *
   * @param session the session to write with
   * @param insert the statement that writes one entity (bound, so its routing key is known)
   * @param options concurrency, batching, read-ahead and progress
   */
  public BulkWriter(
      Session session, Function<? super T, BoundStatement> insert, BulkOptions options) {
    this.session = Objects.requireNonNull(session, "session");
    this.insert = Objects.requireNonNull(insert, "insert");
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Writes every entity of {@code entities}, waiting until all are written or failed.
   *
   * @throws BulkWriteException if reading the input failed (what was sent until then is in its
   *     result)
   */
  public BulkResult<T> write(Iterator<? extends T> entities) {
    return Waits.await(writeAsync(entities), "a bulk write");
  }

  /**
   * Writes every entity of {@code entities} without blocking; the stage completes when every entity
   * read is written or failed (exceptionally, with {@link BulkWriteException}, only if reading the
   * input failed). The iterator is read by the threads that complete requests.
   */
  public CompletionStage<BulkResult<T>> writeAsync(Iterator<? extends T> entities) {
    return new Run(Objects.requireNonNull(entities, "entities")).start();
  }

  /** An entity with its insert. */
  private record Pending<T>(T entity, BoundStatement statement) {}

  /** The request for a group: its insert, or an unlogged batch of its inserts (one partition). */
  private static <T> Statement<?> statement(List<Pending<T>> unit) {
    if (unit.size() == 1) {
      return unit.get(0).statement();
    }
    BoundStatement[] inserts = new BoundStatement[unit.size()];
    boolean idempotent = true;
    for (int i = 0; i < inserts.length; i++) {
      inserts[i] = unit.get(i).statement();
      idempotent &= Boolean.TRUE.equals(inserts[i].idempotent());
    }
    BatchStatement batch = BatchStatement.unlogged(inserts);
    // A batch of idempotent inserts is idempotent: retries follow the same rules as single ones.
    return idempotent ? batch.withIdempotent(true) : batch;
  }

  /**
   * One write. A single pump fills the free slots (a flag, not recursion, guards it); only the
   * pumping thread touches the input and the queue of grouped requests; the counters are under the
   * run's lock.
   */
  private final class Run {
    private final Iterator<? extends T> input;
    private final Deque<List<Pending<T>>> ready = new ArrayDeque<>();
    private final CompletableFuture<BulkResult<T>> done = new CompletableFuture<>();
    private final List<BulkFailure<T>> failures = new ArrayList<>();
    private final Function<Pending<T>, Object> primaryReplica;
    private RuntimeException inputError;
    private boolean inputDone;
    private long written;
    private int running;
    private boolean pumping;

    Run(Iterator<? extends T> input) {
      this.input = input;
      TokenMap tokens = session.metadata().tokenMap().orElse(null);
      this.primaryReplica =
          tokens == null
              ? pending -> null
              : pending -> {
                ByteBuffer key = pending.statement().routingKey();
                String keyspace = pending.statement().routingKeyspace();
                if (key == null || keyspace == null) {
                  return null;
                }
                List<Node> replicas = tokens.replicas(keyspace, key);
                return replicas.isEmpty() ? null : replicas.get(0);
              };
    }

    CompletableFuture<BulkResult<T>> start() {
      pump();
      return done;
    }

    private void pump() {
      synchronized (this) {
        if (pumping) {
          return; // the pumping thread will see the freed slot
        }
        pumping = true;
      }
      while (true) {
        synchronized (this) {
          if (running >= options.concurrency()) {
            pumping = false;
            return;
          }
        }
        if (ready.isEmpty()) {
          fill();
        }
        List<Pending<T>> unit = ready.poll();
        synchronized (this) {
          if (unit == null) {
            pumping = false;
            finishIfDone();
            return;
          }
          running++;
        }
        send(unit);
      }
    }

    /** Reads windows until one yields a request or the input ends. */
    private void fill() {
      while (ready.isEmpty() && !inputDone) {
        List<Pending<T>> window = new ArrayList<>();
        try {
          while (window.size() < options.window() && input.hasNext()) {
            T entity = input.next();
            try {
              window.add(new Pending<>(entity, insert.apply(Objects.requireNonNull(entity))));
            } catch (RuntimeException e) {
              failed(List.of(new Pending<>(entity, null)), e);
            }
          }
          inputDone = !input.hasNext();
        } catch (RuntimeException e) {
          synchronized (this) {
            inputError = e;
          }
          inputDone = true;
        }
        ready.addAll(
            PartitionGroups.group(
                window,
                options.partitionBatchSize(),
                pending -> pending.statement().routingKey(),
                primaryReplica));
      }
    }

    private void send(List<Pending<T>> unit) {
      try {
        session.executeAsync(statement(unit)).whenComplete((rs, error) -> completed(unit, error));
      } catch (RuntimeException e) {
        completed(unit, e);
      }
    }

    private void completed(List<Pending<T>> entries, Throwable error) {
      synchronized (this) {
        running--;
      }
      if (error == null) {
        long total;
        synchronized (this) {
          written += entries.size();
          total = written;
        }
        report(total);
      } else {
        failed(entries, error);
      }
      pump();
    }

    private void failed(List<Pending<T>> entries, Throwable error) {
      Throwable cause = unwrap(error);
      long total;
      synchronized (this) {
        for (Pending<T> entry : entries) {
          failures.add(new BulkFailure<>(entry.entity(), cause));
        }
        total = written;
      }
      report(total);
    }

    private void report(long total) {
      long failed;
      synchronized (this) {
        failed = failures.size();
      }
      try {
        options.progress().onProgress(total, failed);
      } catch (RuntimeException e) {
        LOG.warn("A bulk write's progress callback failed; the write goes on", e);
      }
    }

    // Under the lock, with no pump running.
    private void finishIfDone() {
      if (running > 0 || done.isDone()) {
        return;
      }
      BulkResult<T> result = new BulkResult<>(written, failures);
      if (inputError != null) {
        done.completeExceptionally(
            new BulkWriteException(
                "Reading the entities to write failed after "
                    + (written + failures.size())
                    + " of them: "
                    + inputError
                    + "; the rest were not written (see result() for what was)",
                inputError,
                result));
      } else {
        done.complete(result);
      }
    }
  }

  private static Throwable unwrap(Throwable error) {
    while (error instanceof CompletionException && error.getCause() != null) {
      error = error.getCause();
    }
    return error;
  }
}
