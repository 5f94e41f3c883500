package io.sibyl.bench.routing;

import io.sibyl.driver.PreparedStatement;
import io.sibyl.driver.Session;
import io.sibyl.driver.error.CasWriteUnknownException;
import io.sibyl.driver.error.WriteTimeoutException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * One timed phase of {@link LwtContention}: conditional updates kept at a fixed number in flight.
 */
final class ContentionRun {
  private final Session session;
  private final PreparedStatement update;
  private final int inFlight;
  private final AtomicLong applied = new AtomicLong();
  private final AtomicLong notApplied = new AtomicLong();
  private final AtomicLong casTimeouts = new AtomicLong();
  private final AtomicLong casUnknowns = new AtomicLong();
  private final AtomicLong otherErrors = new AtomicLong();
  private final Histogram latencies = new ConcurrentHistogram(60_000_000L, 2);

  ContentionRun(Session session, PreparedStatement update, int inFlight) {
    this.session = session;
    this.update = update;
    this.inFlight = inFlight;
  }

  /** Runs for {@code seconds}, then waits for the updates still in flight. */
  Result run(int seconds) throws InterruptedException {
    long retriesBefore = session.metrics().retries();
    Semaphore permits = new Semaphore(inFlight);
    long start = System.nanoTime();
    long end = start + TimeUnit.SECONDS.toNanos(seconds);
    int value = 0;
    while (System.nanoTime() < end) {
      if (!permits.tryAcquire(100, TimeUnit.MILLISECONDS)) {
        continue;
      }
      long sent = System.nanoTime();
      session
          .executeAsync(update.bind(value++))
          .whenComplete(
              (rs, error) -> {
                if (error == null) {
                  latencies.recordValue((System.nanoTime() - sent) / 1000);
                  (rs.one().getBoolean(0) ? applied : notApplied).incrementAndGet();
                } else {
                  count(error instanceof CompletionException ? error.getCause() : error);
                }
                permits.release();
              });
    }
    permits.acquire(inFlight);
    double elapsed = (System.nanoTime() - start) / 1e9;
    return new Result(
        applied.get(),
        notApplied.get(),
        casTimeouts.get(),
        casUnknowns.get(),
        otherErrors.get(),
        session.metrics().retries() - retriesBefore,
        elapsed,
        latencies);
  }

  private void count(Throwable error) {
    if (error instanceof CasWriteUnknownException) {
      casUnknowns.incrementAndGet();
    } else if (error instanceof WriteTimeoutException timeout
        && "CAS".equals(timeout.writeType())) {
      casTimeouts.incrementAndGet();
    } else {
      otherErrors.incrementAndGet();
    }
  }

  /** The counts of one or more phases. */
  record Result(
      long applied,
      long notApplied,
      long casTimeouts,
      long casUnknowns,
      long otherErrors,
      long retries,
      double seconds,
      Histogram latencies) {

    static Result sum(List<Result> results) {
      Histogram all = new Histogram(60_000_000L, 2);
      long a = 0, n = 0, t = 0, u = 0, o = 0, r = 0;
      double s = 0;
      for (Result x : results) {
        a += x.applied;
        n += x.notApplied;
        t += x.casTimeouts;
        u += x.casUnknowns;
        o += x.otherErrors;
        r += x.retries;
        s += x.seconds;
        all.add(x.latencies);
      }
      return new Result(a, n, t, u, o, r, s, all);
    }

    long completed() {
      return applied + notApplied + casTimeouts + casUnknowns + otherErrors;
    }

    long casFailures() {
      return casTimeouts + casUnknowns;
    }

    /** Successful updates (applied or not) per second. */
    double throughput() {
      return (applied + notApplied) / seconds;
    }

    double p99Millis() {
      return latencies.getValueAtPercentile(99) / 1000.0;
    }

    String row(String plan) {
      return String.format(
          Locale.ROOT,
          "| %s | %.0f | %d | %d | %d | %d | %.1f | %.1f |",
          plan,
          throughput(),
          casTimeouts,
          casUnknowns,
          otherErrors,
          retries,
          latencies.getValueAtPercentile(50) / 1000.0,
          p99Millis());
    }
  }
}
