package io.sibyl.driver;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Stream;

/**
 * Runs many statements with a bounded number in flight, and collects each one's outcome (its first
 * page, or its error) in the order given. Statements are pulled lazily from the iterator or stream,
 * so a huge input is never all in memory as requests at once.
 *
 * <pre>{@code
 * List<ConcurrentExecution.Outcome> outcomes =
 *     ConcurrentExecution.executeAll(session, statements, 64);
 * long failed = outcomes.stream().filter(o -> !o.succeeded()).count();
 * }</pre>
 */
public final class ConcurrentExecution {
  private ConcurrentExecution() {}

  /**
   * The outcome of one statement.
   *
   * @param statement the statement
   * @param result its first page when it succeeded, else null
   * @param error its error when it failed, else null
   */
  public record Outcome(Statement<?> statement, AsyncResultSet result, Throwable error) {
    /** Whether the statement succeeded. */
    public boolean succeeded() {
      return error == null;
    }
  }

  /** Runs the statements, at most {@code concurrency} at once, waiting for all of them. */
  public static List<Outcome> executeAll(
      Session session, Iterable<? extends Statement<?>> statements, int concurrency) {
    return session.await(executeAllAsync(session, statements.iterator(), concurrency));
  }

  /** Runs a stream of statements, at most {@code concurrency} at once, waiting for all. */
  public static List<Outcome> executeAll(
      Session session, Stream<? extends Statement<?>> statements, int concurrency) {
    return session.await(executeAllAsync(session, statements.iterator(), concurrency));
  }

  /** Runs the statements, at most {@code concurrency} at once; completes when all are done. */
  public static CompletionStage<List<Outcome>> executeAllAsync(
      Session session, Iterator<? extends Statement<?>> statements, int concurrency) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1, got " + concurrency);
    }
    return new Run(session, statements).start(concurrency);
  }

  /**
   * One run: each finished statement frees a slot, and a single pump fills the free slots. The pump
   * is a loop guarded by a flag rather than a recursion, so statements that complete at once (a
   * closed session, a full throttle) cannot grow the stack. Outcomes keep the input order.
   */
  private static final class Run {
    private final Session session;
    private final Iterator<? extends Statement<?>> statements;
    private final List<Outcome> outcomes = new ArrayList<>();
    private final CompletableFuture<List<Outcome>> done = new CompletableFuture<>();
    private int freeSlots;
    private int running;
    private boolean pumping;

    Run(Session session, Iterator<? extends Statement<?>> statements) {
      this.session = Objects.requireNonNull(session);
      this.statements = statements;
    }

    CompletableFuture<List<Outcome>> start(int concurrency) {
      synchronized (this) {
        freeSlots = concurrency;
      }
      pump();
      return done;
    }

    private void pump() {
      synchronized (this) {
        if (pumping) {
          return; // the thread already pumping will see the freed slot
        }
        pumping = true;
      }
      while (true) {
        Statement<?> statement;
        int slot;
        synchronized (this) {
          if (freeSlots == 0 || !statements.hasNext()) {
            pumping = false;
            if (running == 0 && !statements.hasNext() && !done.isDone()) {
              done.complete(List.copyOf(outcomes));
            }
            return;
          }
          statement = statements.next();
          slot = outcomes.size();
          outcomes.add(null);
          freeSlots--;
          running++;
        }
        session
            .executeAsync(statement)
            .whenComplete(
                (result, error) -> {
                  synchronized (this) {
                    outcomes.set(slot, new Outcome(statement, result, unwrap(error)));
                    running--;
                    freeSlots++;
                  }
                  pump();
                });
      }
    }

    private static Throwable unwrap(Throwable error) {
      while (error instanceof java.util.concurrent.CompletionException
          && error.getCause() != null) {
        error = error.getCause();
      }
      return error;
    }
  }
}
