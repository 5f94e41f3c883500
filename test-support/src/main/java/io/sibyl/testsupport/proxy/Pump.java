package io.sibyl.testsupport.proxy;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Moves one direction's chunks from the source socket to the target socket, in order, applying the
 * rule in effect to each. Runs on the connection's event loop only.
 */
final class Pump {
  /** Reading stops while more than this waits (e.g. behind a delay). */
  private static final long MAX_QUEUED_BYTES = 8L * 1024 * 1024;

  private final ProxyConnection connection;
  private final Direction direction;
  private final ProtocolParser parser;
  private final ArrayDeque<Chunk> queue = new ArrayDeque<>();
  private long queuedBytes;

  private Channel source;
  private Channel target;

  // The state of the rule in effect, kept from when it took effect.
  private FaultRule stateRule;
  private long seen;
  private long applied;
  private Random random;
  private long nextSendNanos;

  private boolean pausedByRule;
  private ScheduledFuture<?> wakeUp;
  private long wakeUpNanos;
  private boolean wrote;
  private boolean finished;

  Pump(ProxyConnection connection, Direction direction, ProtocolParser parser) {
    this.connection = connection;
    this.direction = direction;
    this.parser = parser;
  }

  void channels(Channel source, Channel target) {
    this.source = source;
    this.target = target;
  }

  void onRead(ByteBuf bytes) {
    if (finished) {
      bytes.release();
      return;
    }
    ProxyCounters counters = connection.counters();
    counters.bytesReceived(direction, bytes.readableBytes());
    List<Chunk> chunks = new ArrayList<>(2);
    parser.feed(bytes, source.alloc(), System.nanoTime(), chunks);
    for (Chunk chunk : chunks) {
      connection.proxy().notifyChunkReceived(connection, direction, chunk.size(), chunk.frames);
      for (Frame frame : chunk.frames) {
        counters.frameReceived(frame);
        connection.proxy().notifyFrameReceived(connection, frame);
      }
      queue.add(chunk);
      queuedBytes += chunk.size();
    }
    drain();
  }

  void onSourceEnd(boolean reset) {
    if (!finished) {
      queue.add(Chunk.end(reset, System.nanoTime()));
      drain();
    }
  }

  /** Handles the chunks that the rule in effect lets go now. */
  void drain() {
    if (finished || target == null) {
      return;
    }
    pausedByRule = false;
    try {
      while (!queue.isEmpty() && !finished) {
        if (!step(queue.peek())) {
          break;
        }
      }
    } finally {
      if (wrote && !finished) {
        wrote = false;
        target.flush();
      }
      updateAutoRead();
    }
  }

  /** Handles the head chunk; false if it must wait. */
  private boolean step(Chunk chunk) {
    if (chunk.end) {
      poll();
      connection.sourceEnded(chunk.reset);
      return false;
    }
    FaultRule rule = connection.rule(direction);
    if (rule != stateRule) {
      stateRule = rule;
      seen = 0;
      applied = 0;
      random = new Random(rule.seed());
      nextSendNanos = 0;
    }
    if (chunk.bypass || rule.action() == FaultRule.Action.PASS) {
      forward(poll());
      return true;
    }
    long room = rule.afterBytesCount() - seen;
    if (room > 0) {
      if (chunk.size() <= room) {
        seen += chunk.size();
        forward(poll());
      } else {
        seen += room;
        write(slice(chunk, (int) room));
      }
      return true;
    }
    if ((rule.selector() != null && !chunk.matches(rule.selector()))
        || applied >= rule.timesCount()) {
      forward(poll());
      return true;
    }
    return act(rule, chunk);
  }

  private boolean act(FaultRule rule, Chunk chunk) {
    long now = System.nanoTime();
    switch (rule.action()) {
      case DELAY:
        if (chunk.releaseNanos < 0) {
          long jitter =
              rule.jitterNanos() > 0 ? (long) (random.nextDouble() * rule.jitterNanos()) : 0;
          chunk.releaseNanos = chunk.arrivalNanos + rule.amount() + jitter;
        }
        if (now < chunk.releaseNanos) {
          wakeUpAt(chunk.releaseNanos, now);
          return false;
        }
        applied++;
        forward(poll());
        return true;
      case PAUSE:
        pausedByRule = true;
        return false;
      case BLACKHOLE:
        applied++;
        Chunk dropped = poll();
        connection.counters().bytesDropped(direction, dropped.size());
        dropped.release();
        return true;
      case RESET:
        applied++;
        flushThen(connection::resetNow);
        return false;
      case CLOSE:
        applied++;
        flushThen(connection::closeNow);
        return false;
      case TRUNCATE:
        applied++;
        int kept = (int) Math.min(rule.amount(), chunk.size());
        if (kept > 0) {
          write(slice(chunk, kept));
        }
        flushThen(connection::closeNow);
        return false;
      case FLIP_BITS:
        applied++;
        flip(chunk.bytes, (int) rule.amount(), random);
        forward(poll());
        return true;
      case BANDWIDTH:
        if (nextSendNanos > now) {
          wakeUpAt(nextSendNanos, now);
          return false;
        }
        long perSecond = rule.amount();
        int sliceBytes = (int) Math.min(chunk.size(), Math.max(1, perSecond / 20));
        nextSendNanos = Math.max(now, nextSendNanos) + sliceBytes * 1_000_000_000L / perSecond;
        if (sliceBytes == chunk.size()) {
          applied++;
          forward(poll());
        } else {
          write(slice(chunk, sliceBytes));
        }
        return true;
      default:
        forward(poll());
        return true;
    }
  }

  /** Flips {@code bits} bits of the readable bytes, at positions drawn from {@code random}. */
  static void flip(ByteBuf bytes, int bits, Random random) {
    int length = bytes.readableBytes();
    if (length == 0) {
      return;
    }
    for (int i = 0; i < bits; i++) {
      int index = bytes.readerIndex() + random.nextInt(length);
      int mask = 1 << random.nextInt(8);
      bytes.setByte(index, bytes.getByte(index) ^ mask);
    }
  }

  private Chunk poll() {
    Chunk chunk = queue.poll();
    queuedBytes -= chunk.size();
    return chunk;
  }

  private ByteBuf slice(Chunk chunk, int length) {
    queuedBytes -= length;
    return chunk.bytes.readRetainedSlice(length);
  }

  private void forward(Chunk chunk) {
    write(chunk.bytes);
    ProxyCounters counters = connection.counters();
    for (Frame frame : chunk.frames) {
      counters.frameForwarded(frame);
      connection.proxy().notifyFrameForwarded(connection, frame);
    }
  }

  private void write(ByteBuf bytes) {
    connection.counters().bytesForwarded(direction, bytes.readableBytes());
    connection.addForwarded(direction, bytes.readableBytes());
    target.write(bytes, target.voidPromise());
    wrote = true;
  }

  /** Runs {@code action} once what was written before is flushed to the socket. */
  private void flushThen(Runnable action) {
    wrote = false;
    finished = true;
    target.writeAndFlush(source.alloc().buffer(0)).addListener(future -> action.run());
  }

  private void wakeUpAt(long atNanos, long nowNanos) {
    if (wakeUp != null && !wakeUp.isDone() && wakeUpNanos <= atNanos) {
      return;
    }
    if (wakeUp != null) {
      wakeUp.cancel(false);
    }
    wakeUpNanos = atNanos;
    wakeUp = source.eventLoop().schedule(this::wokenUp, atNanos - nowNanos, TimeUnit.NANOSECONDS);
  }

  private void wokenUp() {
    wakeUp = null; // this task is running: not a pending one any more
    drain();
  }

  /** Reads from the source only while the target keeps up and no pause rule holds. */
  void updateAutoRead() {
    if (source == null || !source.isOpen()) {
      return;
    }
    boolean read =
        !finished
            && connection.isEstablished()
            && target != null
            && target.isWritable()
            && queuedBytes < MAX_QUEUED_BYTES
            && !pausedByRule
            && !pausingNow();
    if (source.config().isAutoRead() != read) {
      source.config().setAutoRead(read);
    }
  }

  /** Whether the rule in effect pauses every chunk from now on. */
  private boolean pausingNow() {
    FaultRule rule = connection.rule(direction);
    if (rule.action() != FaultRule.Action.PAUSE || rule.selector() != null) {
      return false;
    }
    long seenSoFar = rule == stateRule ? seen : 0;
    long appliedSoFar = rule == stateRule ? applied : 0;
    return seenSoFar >= rule.afterBytesCount() && appliedSoFar < rule.timesCount();
  }

  /** Stops for good and releases what waits. */
  void finish() {
    finished = true;
    if (wakeUp != null) {
      wakeUp.cancel(false);
    }
    Chunk chunk;
    while ((chunk = queue.poll()) != null) {
      chunk.release();
    }
    queuedBytes = 0;
    parser.release();
  }
}
