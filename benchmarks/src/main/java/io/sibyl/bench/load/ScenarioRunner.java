package io.sibyl.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Runs scenarios: sync ones on up to {@value #MAX_THREADS} threads that each wait for their
 * response; async ones from a single thread that keeps a fixed number of requests in flight
 * (completions record their latency on the driver's thread and release a permit). The threads live
 * as long as the runner, so their allocations stay countable between two snapshots.
 */
public final class ScenarioRunner implements AutoCloseable {
  /** The most threads a sync scenario may use. */
  public static final int MAX_THREADS = 8;

  private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(30);

  private final ExecutorService workers;
  private final ClientResources resources;
  private final LongAdder checksum = new LongAdder();

  /** Creates a runner measuring with {@code resources}. */
  public ScenarioRunner(ClientResources resources) {
    this.resources = resources;
    AtomicInteger count = new AtomicInteger();
    this.workers =
        Executors.newFixedThreadPool(
            MAX_THREADS,
            task -> {
              Thread thread = new Thread(task, "load-" + count.getAndIncrement());
              thread.setDaemon(true);
              return thread;
            });
    List<Future<?>> started = new ArrayList<>();
    for (int i = 0; i < MAX_THREADS; i++) {
      started.add(workers.submit(() -> {}));
    }
    started.forEach(ScenarioRunner::await);
  }

  /** Runs {@code scenario} with {@code client} and measures it. */
  public ScenarioResult run(DriverClient client, Scenario scenario) {
    if (!scenario.concurrency().async() && scenario.concurrency().level() > MAX_THREADS) {
      throw new IllegalArgumentException("At most " + MAX_THREADS + " sync threads");
    }
    System.gc(); // the previous run's garbage is collected outside this measurement
    Recorder recorder = new Recorder(3);
    Run run = new Run(client, scenario, recorder);
    ClientResources.Snapshot start = resources.snapshot();
    long began = System.nanoTime();
    run.deadline = began + scenario.duration().toNanos();
    if (scenario.concurrency().async()) {
      await(workers.submit(run::async));
    } else {
      List<Future<?>> threads = new ArrayList<>();
      for (int i = 0; i < scenario.concurrency().level(); i++) {
        threads.add(workers.submit(run::sync));
      }
      threads.forEach(ScenarioRunner::await);
    }
    long elapsed = System.nanoTime() - began;
    ClientResources.Usage usage = resources.snapshot().since(start);
    Histogram latencies = recorder.getIntervalHistogram();
    Throwable firstError = run.firstError.get();
    if (firstError != null) {
      System.err.printf(
          "  %s %s: %d errors, the first: %s%n",
          client.name(), scenario.label(), run.errors.sum(), firstError);
    }
    return new ScenarioResult(
        client.name(), scenario, run.completed.sum(), run.errors.sum(), elapsed, latencies, usage);
  }

  /** A checksum of everything read, so that reads cannot be optimized away. */
  public long checksum() {
    return checksum.sum();
  }

  private final class Run {
    final DriverClient client;
    final Scenario scenario;
    final Recorder recorder;
    final AtomicLong issued = new AtomicLong();
    final LongAdder completed = new LongAdder();
    final LongAdder errors = new LongAdder();
    final AtomicReference<Throwable> firstError = new AtomicReference<>();
    volatile long deadline;

    Run(DriverClient client, Scenario scenario, Recorder recorder) {
      this.client = client;
      this.scenario = scenario;
      this.recorder = recorder;
    }

    boolean mayIssue() {
      return issued.incrementAndGet() <= scenario.maxOperations() && System.nanoTime() < deadline;
    }

    boolean nextIsWrite(ThreadLocalRandom random) {
      return switch (scenario.workload()) {
        case INSERT -> true;
        case SELECT -> false;
        case MIX -> random.nextBoolean();
      };
    }

    void sync() {
      ThreadLocalRandom random = ThreadLocalRandom.current();
      long localChecksum = 0;
      while (mayIssue()) {
        int id = random.nextInt(scenario.keys());
        boolean write = nextIsWrite(random);
        long start = System.nanoTime();
        try {
          if (write) {
            client.insert(id);
          } else {
            localChecksum += client.select(id);
          }
        } catch (RuntimeException e) {
          failed(e);
        }
        recorder.recordValue(System.nanoTime() - start);
        completed.increment();
      }
      checksum.add(localChecksum);
    }

    void async() {
      int inFlight = scenario.concurrency().level();
      Semaphore permits = new Semaphore(inFlight);
      ThreadLocalRandom random = ThreadLocalRandom.current();
      try {
        while (true) {
          long remaining = deadline - System.nanoTime();
          if (remaining <= 0 || !permits.tryAcquire(remaining, TimeUnit.NANOSECONDS)) {
            break;
          }
          if (!mayIssue()) {
            permits.release();
            break;
          }
          send(permits, random.nextInt(scenario.keys()), nextIsWrite(random));
        }
        if (!permits.tryAcquire(inFlight, DRAIN_TIMEOUT.toNanos(), TimeUnit.NANOSECONDS)) {
          throw new IllegalStateException(
              "Requests still in flight " + DRAIN_TIMEOUT + " after the end of " + scenario);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    private void send(Semaphore permits, int id, boolean write) {
      long start = System.nanoTime();
      CompletionStage<?> response;
      try {
        response = write ? client.insertAsync(id) : client.selectAsync(id);
      } catch (RuntimeException e) {
        failed(e);
        completed.increment();
        permits.release();
        return;
      }
      response.whenComplete(
          (result, error) -> {
            try {
              recorder.recordValue(System.nanoTime() - start);
              if (error != null) {
                failed(error);
              } else if (!write) {
                checksum.add(client.consume(result));
              }
            } catch (RuntimeException e) {
              failed(e);
            } finally {
              completed.increment();
              permits.release();
            }
          });
    }

    void failed(Throwable error) {
      errors.increment();
      firstError.compareAndSet(null, error);
    }
  }

  private static void await(Future<?> future) {
    try {
      future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("A load thread failed: " + e.getCause(), e.getCause());
    }
  }

  /** Stops the threads. */
  @Override
  public void close() {
    workers.shutdownNow();
  }
}
