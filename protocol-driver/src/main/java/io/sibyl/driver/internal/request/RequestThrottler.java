package io.sibyl.driver.internal.request;

import io.sibyl.driver.error.RequestThrottlingException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bounds the requests a session runs at once: up to {@code maxConcurrent} run, up to {@code
 * maxQueued} more wait for a slot, and the rest are refused at once with {@link
 * RequestThrottlingException}. So an application that sends faster than the cluster answers gets
 * back-pressure, not an ever-growing heap.
 *
 * <p>Waiting requests are started by one loop at a time, never recursively: a request that fails at
 * once (every node down) releases its slot from inside its own start, and that release only tells
 * the running loop to go on. So thousands of queued requests failing in a row use a constant stack,
 * and one start that throws cannot unwind into the completion of another request.
 */
public final class RequestThrottler {
  private static final Logger LOG = LoggerFactory.getLogger(RequestThrottler.class);
  private final int maxConcurrent;
  private final int maxQueued;
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicInteger queued = new AtomicInteger();
  private final Queue<Runnable> waiting = new ConcurrentLinkedQueue<>();
  // Requests to drain (work-in-progress count): whoever raises it from 0 owns the loop.
  private final AtomicInteger drainRequests = new AtomicInteger();

  /** Creates a throttler. */
  public RequestThrottler(int maxConcurrent, int maxQueued) {
    this.maxConcurrent = maxConcurrent;
    this.maxQueued = maxQueued;
  }

  /**
   * Runs {@code start} now if a slot is free, later if the queue has room.
   *
   * @throws RequestThrottlingException if both are full
   */
  public void submit(Runnable start) {
    if (tryAcquire()) {
      start.run();
      return;
    }
    if (queued.incrementAndGet() > maxQueued) {
      queued.decrementAndGet();
      throw new RequestThrottlingException(
          "Too many requests: "
              + maxConcurrent
              + " are running and "
              + maxQueued
              + " are waiting, so the application sends faster than the cluster answers: bound"
              + " the requests it sends at once (ConcurrentExecution does), or raise"
              + " SessionBuilder.throttle(maxConcurrent, maxQueued)");
    }
    waiting.add(start);
    drain(); // a slot may have been freed meanwhile
  }

  /** A request finished: its slot goes to the oldest waiting one. */
  public void release() {
    running.decrementAndGet();
    drain();
  }

  private void drain() {
    if (drainRequests.getAndIncrement() != 0) {
      return; // the thread in the loop below (maybe this one, further up) will see the slot
    }
    int missed = 1;
    do {
      while (!waiting.isEmpty() && tryAcquire()) {
        Runnable next = waiting.poll();
        if (next == null) {
          running.decrementAndGet();
          break;
        }
        queued.decrementAndGet();
        start(next);
      }
      missed = drainRequests.addAndGet(-missed);
    } while (missed != 0);
  }

  private static void start(Runnable next) {
    try {
      next.run();
    } catch (Throwable t) { // the loop must survive it, or no waiting request would ever start
      LOG.warn("A throttled request failed to start; its own timeout will end it", t);
    }
  }

  private boolean tryAcquire() {
    int current;
    do {
      current = running.get();
      if (current >= maxConcurrent) {
        return false;
      }
    } while (!running.compareAndSet(current, current + 1));
    return true;
  }

  /** Requests running now. */
  public int running() {
    return running.get();
  }

  /** Requests waiting for a slot. */
  public int queued() {
    return queued.get();
  }
}
