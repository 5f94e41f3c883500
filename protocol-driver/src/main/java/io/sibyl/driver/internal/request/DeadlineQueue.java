package io.sibyl.driver.internal.request;

import io.netty.util.Timeout;
import io.netty.util.Timer;
import io.netty.util.TimerTask;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The request deadlines of one session, without a timer entry per request: each {@link
 * RequestHandler} is itself a link of this queue, and one sweep task on the session's timer fails
 * the requests whose deadline passed.
 *
 * <p>Requests sharing a timeout are kept in one "lane", in submission order, which is also their
 * deadline order: adding and removing are O(1) (a doubly linked list under this queue's lock), and
 * a sweep only looks at each lane's head. Most sessions have one or two lanes (the request timeout,
 * and a statement or profile timeout); lanes left empty are dropped by the sweep beyond the first
 * few.
 *
 * <p>The sweep is scheduled for the earliest deadline and re-armed from there while the queue holds
 * requests; an armed sweep is not cancelled when the queue empties (it fires once and finds
 * nothing), so a steady stream of requests costs one timer entry per timeout period, not one per
 * request. Precision: a deadline fires when the timer runs the sweep, i.e. within one tick of the
 * session's timer (10 ms) after it passes, as a per-request timer entry did.
 */
public final class DeadlineQueue implements TimerTask {
  private static final int KEPT_LANES = 4;

  private final Timer timer;
  private final LongSupplier clock;
  private Lane[] lanes = new Lane[0]; // guarded by this
  private int size; // guarded by this
  private long armedAt = Long.MAX_VALUE; // earliest armed sweep; guarded by this

  /**
   * Creates a queue.
   *
   * @param timer the timer that runs the sweep
   * @param clock the time, in nanoseconds, that deadlines are counted in ({@code System::nanoTime},
   *     or a test's manual clock matching its timer)
   */
  public DeadlineQueue(Timer timer, LongSupplier clock) {
    this.timer = timer;
    this.clock = clock;
  }

  /** Requests waiting for their deadline (completed ones are removed at once). */
  public synchronized int size() {
    return size;
  }

  /** Starts counting {@code handler}'s deadline: it passes {@code timeoutNanos} from now. */
  void add(RequestHandler<?> handler, long timeoutNanos) {
    long deadline;
    boolean arm;
    synchronized (this) {
      Lane lane = lane(timeoutNanos);
      deadline = clock.getAsLong() + timeoutNanos;
      handler.deadlineNanos = deadline;
      handler.deadlineLane = lane;
      handler.previousDeadline = lane.tail;
      handler.nextDeadline = null;
      if (lane.tail == null) {
        lane.head = handler;
      } else {
        lane.tail.nextDeadline = handler;
      }
      lane.tail = handler;
      size++;
      arm = deadline < armedAt;
      if (arm) {
        armedAt = deadline;
      }
    }
    if (arm) {
      arm(deadline);
    }
  }

  /** Stops counting {@code handler}'s deadline; nothing if it is not in the queue. */
  void remove(RequestHandler<?> handler) {
    synchronized (this) {
      unlink(handler);
    }
  }

  /** The sweep: fails every request whose deadline passed, then re-arms for the next one. */
  @Override
  public void run(Timeout fired) {
    RequestHandler<?> expired = null;
    long next = Long.MAX_VALUE;
    boolean arm = false;
    synchronized (this) {
      long now = clock.getAsLong();
      if (armedAt <= now) {
        armedAt = Long.MAX_VALUE; // this sweep was the earliest armed one
      }
      for (Lane lane : lanes) {
        RequestHandler<?> head;
        while ((head = lane.head) != null && head.deadlineNanos - now <= 0) {
          unlink(head);
          head.nextDeadline = expired; // a private chain now, outside the queue
          expired = head;
        }
        if (head != null && head.deadlineNanos < next) {
          next = head.deadlineNanos;
        }
      }
      dropEmptyLanes();
      if (next != Long.MAX_VALUE && next < armedAt) {
        armedAt = next;
        arm = true;
      }
    }
    if (arm) {
      arm(next);
    }
    while (expired != null) {
      RequestHandler<?> handler = expired;
      expired = handler.nextDeadline;
      handler.nextDeadline = null;
      handler.deadlinePassed();
    }
  }

  private void arm(long deadline) {
    try {
      timer.newTimeout(this, Math.max(0, deadline - clock.getAsLong()), TimeUnit.NANOSECONDS);
    } catch (IllegalStateException stopped) {
      // The session's timer is stopped: the session is closed and fails what is left itself.
      synchronized (this) {
        armedAt = Long.MAX_VALUE;
      }
    }
  }

  private Lane lane(long timeoutNanos) {
    for (Lane lane : lanes) {
      if (lane.timeoutNanos == timeoutNanos) {
        return lane;
      }
    }
    Lane lane = new Lane(timeoutNanos);
    Lane[] grown = new Lane[lanes.length + 1];
    System.arraycopy(lanes, 0, grown, 0, lanes.length);
    grown[lanes.length] = lane;
    lanes = grown;
    return lane;
  }

  private void dropEmptyLanes() {
    if (lanes.length <= KEPT_LANES) {
      return;
    }
    Lane[] kept = new Lane[lanes.length];
    int count = 0;
    int emptyKept = 0;
    for (Lane lane : lanes) {
      if (lane.head != null || emptyKept++ < KEPT_LANES) {
        kept[count++] = lane;
      }
    }
    if (count < lanes.length) {
      lanes = Arrays.copyOf(kept, count);
    }
  }

  private void unlink(RequestHandler<?> handler) {
    Lane lane = handler.deadlineLane;
    if (lane == null) {
      return; // already expired or removed
    }
    RequestHandler<?> previous = handler.previousDeadline;
    RequestHandler<?> next = handler.nextDeadline;
    if (previous == null) {
      lane.head = next;
    } else {
      previous.nextDeadline = next;
    }
    if (next == null) {
      lane.tail = previous;
    } else {
      next.previousDeadline = previous;
    }
    handler.deadlineLane = null;
    handler.previousDeadline = null;
    handler.nextDeadline = null;
    size--;
  }

  /** The requests sharing one timeout, oldest (earliest deadline) first. */
  static final class Lane {
    final long timeoutNanos;
    RequestHandler<?> head;
    RequestHandler<?> tail;

    Lane(long timeoutNanos) {
      this.timeoutNanos = timeoutNanos;
    }
  }
}
