package io.sibyl.driver.internal.protocol;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.sibyl.driver.ProtocolVersion;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Packs request envelopes into v5 outer frames: envelopes are encoded one after the other into
 * self-contained frames of up to {@link SegmentCodec#MAX_PAYLOAD_LENGTH} bytes of payload, and an
 * envelope larger than that is split over non-self-contained frames of its own. Uncompressed
 * envelopes are encoded straight into the frame buffer; compressed ones into a payload buffer that
 * is compressed when the frame is closed.
 *
 * <p>Owns the buffers it has not handed out through {@link #drain()}; {@link #discard()} releases
 * them. Not thread-safe: use it from the channel's event loop.
 */
public final class SegmentBuilder {
  private static final int MIN_INITIAL_CAPACITY = 256;

  private final ByteBufAllocator alloc;
  private final SegmentCodec segmentCodec;
  private final FrameCodec frameCodec;
  private final List<ByteBuf> ready = new ArrayList<>();

  /** Uncompressed: the frame being filled, header reserved. Compressed: its payload so far. */
  private ByteBuf current;

  private int currentHeaderIndex;

  /** Creates a builder that allocates from {@code alloc}. */
  public SegmentBuilder(ByteBufAllocator alloc, SegmentCodec segmentCodec, FrameCodec frameCodec) {
    this.alloc = alloc;
    this.segmentCodec = segmentCodec;
    this.frameCodec = frameCodec;
  }

  /**
   * Encodes a request envelope into the frames being built.
   *
   * @throws IllegalArgumentException if the frame cannot be encoded; the frames built so far are
   *     left as they were
   */
  public void add(Frame frame) {
    Message message = frame.message();
    if (!(message instanceof Request request)) {
      throw new IllegalArgumentException(
          "Only requests can be encoded, got " + Opcode.name(message.opcode()));
    }
    add(frame.version(), frame.streamId(), frame.flags(), frame.customPayload(), request);
  }

  /**
   * Encodes a request envelope, given by its parts, into the frames being built: the write path's
   * form, with no {@link Frame} object; the body's size is computed once.
   *
   * @param flags the header flags, as for {@link FrameCodec#encodeUncompressed(ProtocolVersion,
   *     int, int, Map, Request, int, ByteBuf)}
   * @throws IllegalArgumentException if the request cannot be encoded; the frames built so far are
   *     left as they were
   */
  public void add(
      ProtocolVersion version,
      int streamId,
      int flags,
      Map<String, ByteBuffer> customPayload,
      Request request) {
    int bodyLength = FrameCodec.bodyLength(version, customPayload, request);
    int length = FrameCodec.HEADER_LENGTH + bodyLength;
    if (length > SegmentCodec.MAX_PAYLOAD_LENGTH) {
      closeCurrent();
      addLarge(version, streamId, flags, customPayload, request, bodyLength);
      return;
    }
    if (current != null && currentPayloadLength() + length > SegmentCodec.MAX_PAYLOAD_LENGTH) {
      closeCurrent();
    }
    if (current == null) {
      openCurrent(length);
    }
    int mark = current.writerIndex();
    try {
      frameCodec.encodeUncompressed(
          version, streamId, flags, customPayload, request, bodyLength, current);
    } catch (RuntimeException e) {
      current.writerIndex(mark);
      throw e;
    }
  }

  /** Whether no envelope has been added since the last {@link #drain()}. */
  public boolean isEmpty() {
    return current == null && ready.isEmpty();
  }

  /**
   * Closes the frame being filled and hands out every finished frame, in order. The caller owns the
   * returned buffers.
   */
  public List<ByteBuf> drain() {
    List<ByteBuf> frames = new ArrayList<>();
    drainTo(frames);
    return frames;
  }

  /**
   * Closes the frame being filled and appends every finished frame, in order, to {@code out} (a
   * list the caller reuses, so that draining allocates nothing). The caller owns the appended
   * buffers. If closing the frame fails, nothing is appended and the builder still owns its buffers
   * ({@link #discard()} releases them).
   */
  public void drainTo(List<ByteBuf> out) {
    closeCurrent();
    for (int i = 0; i < ready.size(); i++) { // no addAll: it copies into a new array
      out.add(ready.get(i));
    }
    ready.clear();
  }

  /** Releases every buffer not yet drained. */
  public void discard() {
    if (current != null) {
      current.release();
      current = null;
    }
    for (ByteBuf frame : ready) {
      frame.release();
    }
    ready.clear();
  }

  private int currentPayloadLength() {
    return segmentCodec.isCompressed()
        ? current.readableBytes()
        : current.writerIndex() - currentHeaderIndex - SegmentCodec.UNCOMPRESSED_HEADER_LENGTH;
  }

  private void openCurrent(int firstEnvelopeLength) {
    int payloadCapacity = Math.max(firstEnvelopeLength, MIN_INITIAL_CAPACITY);
    if (segmentCodec.isCompressed()) {
      current = alloc.buffer(payloadCapacity, SegmentCodec.MAX_PAYLOAD_LENGTH);
    } else {
      int overhead = SegmentCodec.UNCOMPRESSED_HEADER_LENGTH + SegmentCodec.TRAILER_LENGTH;
      current =
          alloc.ioBuffer(payloadCapacity + overhead, SegmentCodec.MAX_PAYLOAD_LENGTH + overhead);
      currentHeaderIndex = segmentCodec.startUncompressed(current);
    }
  }

  private void closeCurrent() {
    if (current == null) {
      return;
    }
    ByteBuf closing = current;
    current = null;
    if (segmentCodec.isCompressed()) {
      try {
        if (closing.isReadable()) {
          ready.add(encodeFrame(closing, true));
        }
      } finally {
        closing.release();
      }
    } else if (closing.writerIndex() - currentHeaderIndex
        == SegmentCodec.UNCOMPRESSED_HEADER_LENGTH) {
      closing.release();
    } else {
      segmentCodec.finishUncompressed(closing, currentHeaderIndex, true);
      ready.add(closing);
    }
  }

  private void addLarge(
      ProtocolVersion version,
      int streamId,
      int flags,
      Map<String, ByteBuffer> customPayload,
      Request request,
      int bodyLength) {
    int readyBefore = ready.size();
    ByteBuf envelope = alloc.buffer(FrameCodec.HEADER_LENGTH + bodyLength);
    try {
      frameCodec.encodeUncompressed(
          version, streamId, flags, customPayload, request, bodyLength, envelope);
      while (envelope.isReadable()) {
        int chunk = Math.min(envelope.readableBytes(), SegmentCodec.MAX_PAYLOAD_LENGTH);
        ready.add(encodeFrame(envelope.readSlice(chunk), false));
      }
    } catch (RuntimeException e) {
      while (ready.size() > readyBefore) {
        ready.remove(ready.size() - 1).release();
      }
      throw e;
    } finally {
      envelope.release();
    }
  }

  private ByteBuf encodeFrame(ByteBuf payload, boolean selfContained) {
    ByteBuf out = alloc.ioBuffer(segmentCodec.maxEncodedLength(payload.readableBytes()));
    try {
      segmentCodec.encode(payload, selfContained, out);
      return out;
    } catch (RuntimeException e) {
      out.release();
      throw e;
    }
  }
}
