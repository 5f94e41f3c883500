package io.sibyl.testsupport.proxy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * What a {@link FaultProxy} counted since it started (or since {@link #reset()}): connections,
 * bytes and envelopes per direction and opcode, and a bounded log of the envelopes it forwarded
 * whole. Thread-safe; read it from any thread.
 */
public final class ProxyCounters {
  private final AtomicLong accepted = new AtomicLong();
  private final AtomicLong refused = new AtomicLong();
  private final AtomicLong open = new AtomicLong();
  private final Map<Direction, PerDirection> directions = new EnumMap<>(Direction.class);
  private final int logSize;
  private final ArrayDeque<Frame> log = new ArrayDeque<>();

  ProxyCounters(int logSize) {
    this.logSize = logSize;
    for (Direction direction : Direction.values()) {
      directions.put(direction, new PerDirection());
    }
  }

  /** Connections accepted and forwarded (refused ones not included). */
  public long connectionsAccepted() {
    return accepted.get();
  }

  /** Connections refused, by a {@link RefuseMode} or because the upstream connect failed. */
  public long connectionsRefused() {
    return refused.get();
  }

  /** Connections open now (upstream connected, neither socket closed yet). */
  public long connectionsOpen() {
    return open.get();
  }

  /** The bytes read from the source of a direction. */
  public long bytesReceived(Direction direction) {
    return directions.get(direction).bytesReceived.get();
  }

  /** The bytes written to the target of a direction. */
  public long bytesForwarded(Direction direction) {
    return directions.get(direction).bytesForwarded.get();
  }

  /** The bytes dropped (blackholed) in a direction. */
  public long bytesDropped(Direction direction) {
    return directions.get(direction).bytesDropped.get();
  }

  /** The envelopes read in a direction. */
  public long framesReceived(Direction direction) {
    return directions.get(direction).received.get();
  }

  /** The envelopes of an opcode read in a direction. */
  public long framesReceived(Direction direction, Opcode opcode) {
    return directions.get(direction).receivedByOpcode.get(opcode.ordinal());
  }

  /** The envelopes forwarded whole in a direction. */
  public long framesForwarded(Direction direction) {
    return directions.get(direction).forwarded.get();
  }

  /** The envelopes of an opcode forwarded whole in a direction. */
  public long framesForwarded(Direction direction, Opcode opcode) {
    return directions.get(direction).forwardedByOpcode.get(opcode.ordinal());
  }

  /**
   * How many envelopes forwarded whole in a direction the selector matches, among the last ones
   * kept (see {@link FaultProxy.Builder#frameLogSize}). For example, the QUERY envelopes of a
   * statement that reached the node: {@code countForwarded(CLIENT_TO_SERVER,
   * FrameSelector.opcode(QUERY).and(FrameSelector.query(cql)))}.
   */
  public long countForwarded(Direction direction, FrameSelector selector) {
    return forwardedFrames(direction).stream().filter(selector::matches).count();
  }

  /** The envelopes forwarded whole in a direction, oldest first, among the last ones kept. */
  public List<Frame> forwardedFrames(Direction direction) {
    List<Frame> frames = new ArrayList<>();
    synchronized (log) {
      for (Frame frame : log) {
        if (frame.direction() == direction) {
          frames.add(frame);
        }
      }
    }
    return frames;
  }

  /** Sets the byte and frame counts to zero and empties the log (connection counts stay). */
  public void reset() {
    for (PerDirection counts : directions.values()) {
      counts.clear();
    }
    synchronized (log) {
      log.clear();
    }
  }

  @Override
  public String toString() {
    return "ProxyCounters{accepted="
        + accepted
        + ", refused="
        + refused
        + ", open="
        + open
        + ", c2s frames="
        + framesForwarded(Direction.CLIENT_TO_SERVER)
        + ", s2c frames="
        + framesForwarded(Direction.SERVER_TO_CLIENT)
        + "}";
  }

  void connectionAccepted() {
    accepted.incrementAndGet();
    open.incrementAndGet();
  }

  void connectionClosed() {
    open.decrementAndGet();
  }

  void connectionRefused() {
    refused.incrementAndGet();
  }

  void bytesReceived(Direction direction, long bytes) {
    directions.get(direction).bytesReceived.addAndGet(bytes);
  }

  void bytesForwarded(Direction direction, long bytes) {
    directions.get(direction).bytesForwarded.addAndGet(bytes);
  }

  void bytesDropped(Direction direction, long bytes) {
    directions.get(direction).bytesDropped.addAndGet(bytes);
  }

  void frameReceived(Frame frame) {
    PerDirection counts = directions.get(frame.direction());
    counts.received.incrementAndGet();
    counts.receivedByOpcode.incrementAndGet(frame.opcode().ordinal());
  }

  void frameForwarded(Frame frame) {
    PerDirection counts = directions.get(frame.direction());
    counts.forwarded.incrementAndGet();
    counts.forwardedByOpcode.incrementAndGet(frame.opcode().ordinal());
    if (logSize > 0) {
      synchronized (log) {
        if (log.size() == logSize) {
          log.removeFirst();
        }
        log.addLast(frame);
      }
    }
  }

  private static final class PerDirection {
    final AtomicLong bytesReceived = new AtomicLong();
    final AtomicLong bytesForwarded = new AtomicLong();
    final AtomicLong bytesDropped = new AtomicLong();
    final AtomicLong received = new AtomicLong();
    final AtomicLong forwarded = new AtomicLong();
    final AtomicLongArray receivedByOpcode = new AtomicLongArray(Opcode.values().length);
    final AtomicLongArray forwardedByOpcode = new AtomicLongArray(Opcode.values().length);

    void clear() {
      bytesReceived.set(0);
      bytesForwarded.set(0);
      bytesDropped.set(0);
      received.set(0);
      forwarded.set(0);
      for (int i = 0; i < receivedByOpcode.length(); i++) {
        receivedByOpcode.set(i, 0);
        forwardedByOpcode.set(i, 0);
      }
    }
  }
}
