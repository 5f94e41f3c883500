package io.sibyl.driver.internal.request;

import io.sibyl.driver.error.RequestThrottlingException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds the requests a session runs at once: up to {@code maxConcurrent} run, up to {@code
 * maxQueued} more wait for a slot, and the rest are refused at once with {@link
 * RequestThrottlingException}. So an application that sends faster than the cluster answers gets
 * back-pressure, not an ever-growing heap.
 */
public final class RequestThrottler {
  private final int maxConcurrent;
  private final int maxQueued;
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicInteger queued = new AtomicInteger();
  private final Queue<Runnable> waiting = new ConcurrentLinkedQueue<>();

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
              + " are waiting; the application sends faster than the cluster answers");
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
    while (!waiting.isEmpty() && tryAcquire()) {
      Runnable next = waiting.poll();
      if (next == null) {
        running.decrementAndGet();
        return;
      }
      queued.decrementAndGet();
      next.run();
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
