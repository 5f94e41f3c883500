package io.sibyl.driver.internal.request.harness;

import io.netty.util.Timeout;
import io.netty.util.Timer;
import io.netty.util.TimerTask;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** A {@link Timer} whose time moves only when a test says so; tasks run on the caller's thread. */
public final class ManualTimer implements Timer {
  private final PriorityQueue<ManualTimeout> queue =
      new PriorityQueue<>(
          (a, b) ->
              a.deadline != b.deadline
                  ? Long.compare(a.deadline, b.deadline)
                  : Long.compare(a.sequence, b.sequence));

  /** What timer tasks threw (the production timer logs it and goes on). */
  public final List<Throwable> failures = new CopyOnWriteArrayList<>();

  private long nowNanos;
  private long sequence;
  private boolean stopped;

  @Override
  public synchronized Timeout newTimeout(TimerTask task, long delay, TimeUnit unit) {
    if (stopped) {
      throw new IllegalStateException("cannot be started once stopped");
    }
    ManualTimeout timeout =
        new ManualTimeout(task, nowNanos + Math.max(0, unit.toNanos(delay)), sequence++);
    queue.add(timeout);
    return timeout;
  }

  @Override
  public synchronized Set<Timeout> stop() {
    stopped = true;
    Set<Timeout> pending = new HashSet<>(queue);
    queue.clear();
    return pending;
  }

  /** Moves time forward by {@code step}, running every task that falls due, in order. */
  public void advance(Duration step) {
    long target;
    synchronized (this) {
      target = nowNanos + step.toNanos();
    }
    while (true) {
      ManualTimeout due;
      synchronized (this) {
        due = queue.peek();
        if (due == null || due.deadline > target) {
          nowNanos = target;
          return;
        }
        queue.poll();
        nowNanos = Math.max(nowNanos, due.deadline);
      }
      due.fire();
    }
  }

  /** This timer's time, in nanoseconds (starts at 0; moves only with {@link #advance}). */
  public synchronized long now() {
    return nowNanos;
  }

  /** Tasks scheduled and neither run nor cancelled. */
  public synchronized int pending() {
    int count = 0;
    for (ManualTimeout timeout : queue) {
      if (!timeout.isCancelled()) {
        count++;
      }
    }
    return count;
  }

  private final class ManualTimeout implements Timeout {
    private final TimerTask task;
    private final long deadline;
    private final long sequence;
    private volatile int state; // 0 waiting, 1 cancelled, 2 expired

    ManualTimeout(TimerTask task, long deadline, long sequence) {
      this.task = task;
      this.deadline = deadline;
      this.sequence = sequence;
    }

    void fire() {
      if (state == 0) {
        state = 2;
        try {
          task.run(this);
        } catch (Throwable t) { // as Netty's timer does: one task's failure stops no other
          failures.add(t);
        }
      }
    }

    @Override
    public Timer timer() {
      return ManualTimer.this;
    }

    @Override
    public TimerTask task() {
      return task;
    }

    @Override
    public boolean isExpired() {
      return state == 2;
    }

    @Override
    public boolean isCancelled() {
      return state == 1;
    }

    @Override
    public boolean cancel() {
      if (state != 0) {
        return false;
      }
      state = 1;
      synchronized (ManualTimer.this) {
        queue.remove(this);
      }
      return true;
    }
  }
}
