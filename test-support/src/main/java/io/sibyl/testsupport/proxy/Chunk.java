package io.sibyl.testsupport.proxy;

import io.netty.buffer.ByteBuf;
import java.util.List;

/**
 * A unit of bytes that rules act on: one v4 envelope, one v5 segment, or (when the protocol is not
 * followed) whatever one read returned; or the marker that the source side closed.
 */
final class Chunk {
  final ByteBuf bytes;
  final List<Frame> frames;
  final long arrivalNanos;
  final boolean end;
  final boolean reset;

  /** When a delay rule releases this chunk; -1 until one decided. */
  long releaseNanos = -1;

  /** The head of a chunk split by {@link FaultRule#afterBytes}: passes unconditionally. */
  boolean bypass;

  Chunk(ByteBuf bytes, List<Frame> frames, long arrivalNanos) {
    this(bytes, frames, arrivalNanos, false, false);
  }

  private Chunk(ByteBuf bytes, List<Frame> frames, long arrivalNanos, boolean end, boolean reset) {
    this.bytes = bytes;
    this.frames = frames;
    this.arrivalNanos = arrivalNanos;
    this.end = end;
    this.reset = reset;
  }

  /** The marker that the source closed its side (reset: it was reset or failed). */
  static Chunk end(boolean reset, long nowNanos) {
    return new Chunk(null, List.of(), nowNanos, true, reset);
  }

  boolean matches(FrameSelector selector) {
    for (Frame frame : frames) {
      if (selector.matches(frame)) {
        return true;
      }
    }
    return false;
  }

  int size() {
    return bytes == null ? 0 : bytes.readableBytes();
  }

  void release() {
    if (bytes != null && bytes.refCnt() > 0) {
      bytes.release();
    }
  }
}
