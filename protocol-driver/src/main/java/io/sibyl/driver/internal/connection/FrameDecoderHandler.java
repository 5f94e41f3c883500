package io.sibyl.driver.internal.connection;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.DecoderException;
import io.sibyl.driver.error.ProtocolException;
import io.sibyl.driver.internal.protocol.Compressor;
import io.sibyl.driver.internal.protocol.FrameCodec;
import io.sibyl.driver.internal.protocol.Opcode;
import io.sibyl.driver.internal.protocol.SegmentCodec;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns inbound bytes into {@link io.sibyl.driver.internal.protocol.Frame}s (or {@link
 * DecodeFailure}s).
 *
 * <p>Until the handshake ends it reads plain envelopes of any version 3 to 5, so that a server
 * refusing v5 with a v4 (or v3) ERROR is understood. Right after a v5 READY or AUTHENTICATE it
 * switches to the v5 outer framing (compressed iff a compressor was given): it checks each frame's
 * CRCs, decodes the envelopes of self-contained frames, and reassembles an envelope that spans
 * non-self-contained frames.
 *
 * <p>A body that does not decode becomes a {@link DecodeFailure} for its stream only (a server
 * push, on a negative stream, is logged and dropped). Corruption (bad CRC, impossible header, an
 * envelope over {@code maxFrameLength}) is thrown as a {@link ProtocolException} (a {@link
 * io.sibyl.driver.error.FrameTooLongException} for the length), fired to {@code exceptionCaught}
 * unwrapped; the handler then discards all further input, since the stream can no longer be
 * trusted. Buffers are released on every path, including removal with a partial frame buffered.
 */
public final class FrameDecoderHandler extends ByteToMessageDecoder {
  private static final Logger LOG = LoggerFactory.getLogger(FrameDecoderHandler.class);

  private final Compressor compressor;
  private final int maxFrameLength;
  private final FrameCodec frameCodec;

  /** Null until the outer framing starts. */
  private SegmentCodec segmentCodec;

  /** The envelope being reassembled from non-self-contained frames, or null. */
  private ByteBuf largeEnvelope;

  /** The total length of {@link #largeEnvelope}, or -1 while its header is incomplete. */
  private int largeEnvelopeLength = -1;

  private boolean corrupted;

  /**
   * Creates a decoder.
   *
   * @param compressorOrNull the negotiated compression: v4 envelope bodies or v5 frames
   * @param maxFrameLength the largest envelope (9-byte header plus body) accepted, in bytes
   */
  public FrameDecoderHandler(Compressor compressorOrNull, int maxFrameLength) {
    if (maxFrameLength < FrameCodec.HEADER_LENGTH) {
      throw new IllegalArgumentException("maxFrameLength too small: " + maxFrameLength);
    }
    this.compressor = compressorOrNull;
    this.maxFrameLength = maxFrameLength;
    this.frameCodec = new FrameCodec(maxFrameLength);
  }

  /** Whether the v5 outer framing has started. */
  public boolean isFraming() {
    return segmentCodec != null;
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    if (corrupted) {
      in.skipBytes(in.readableBytes());
      return;
    }
    try {
      if (segmentCodec == null) {
        decodeUnframed(in, out);
      } else {
        decodeOuterFrame(ctx, in, out);
      }
    } catch (ProtocolException e) {
      corrupted = true;
      in.skipBytes(in.readableBytes());
      releaseLargeEnvelope();
      throw e;
    }
  }

  private void decodeUnframed(ByteBuf in, List<Object> out) {
    if (in.readableBytes() < FrameCodec.HEADER_LENGTH) {
      return;
    }
    int index = in.readerIndex();
    int length = FrameCodec.checkResponseHeader(in, index, maxFrameLength);
    if (in.readableBytes() < length) {
      return;
    }
    int versionCode = FrameCodec.versionCode(in, index);
    int opcode = FrameCodec.opcode(in, index);
    emit(in, index, length, out);
    if (versionCode == 5 && (opcode == Opcode.READY || opcode == Opcode.AUTHENTICATE)) {
      // Section 2.3.1: everything after the answer to a v5 STARTUP is framed.
      segmentCodec = new SegmentCodec(compressor);
    }
  }

  private void decodeOuterFrame(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    int frameStart = in.readerIndex();
    if (!segmentCodec.decodeNext(in, ctx.alloc())) {
      return;
    }
    // The payload is read where it lies (a range of the input, or the decompressed buffer that the
    // codec owns): no slice, no segment object.
    try {
      ByteBuf payload = segmentCodec.payloadBuffer();
      int index = segmentCodec.payloadIndex();
      int length = segmentCodec.payloadLength();
      if (segmentCodec.selfContained()) {
        decodeSelfContained(payload, index, index + length, out);
      } else {
        appendToLargeEnvelope(ctx, payload, index, length, out);
      }
    } finally {
      segmentCodec.finishPayload(in, frameStart);
    }
  }

  private void decodeSelfContained(ByteBuf payload, int from, int to, List<Object> out) {
    if (largeEnvelope != null) {
      throw new ProtocolException(
          "Corrupt v5 stream: a self-contained frame arrived before the end of an envelope "
              + "spanning several frames");
    }
    int position = from;
    while (position < to) {
      if (to - position < FrameCodec.HEADER_LENGTH) {
        throw new ProtocolException(
            "Corrupt v5 stream: a self-contained frame ends with a partial envelope header");
      }
      int length = FrameCodec.checkResponseHeader(payload, position, maxFrameLength);
      if (to - position < length) {
        throw new ProtocolException(
            "Corrupt v5 stream: a self-contained frame holds a truncated envelope ("
                + (to - position)
                + " of "
                + length
                + " bytes)");
      }
      emit(payload, position, length, out);
      position += length;
    }
  }

  private void appendToLargeEnvelope(
      ChannelHandlerContext ctx, ByteBuf payload, int index, int length, List<Object> out) {
    if (largeEnvelope == null) {
      // Sized by what arrived, not by the announced length: a 9-byte header must not reserve
      // 256 MiB. The buffer grows as frames come, at most to the announced length.
      largeEnvelope = ctx.alloc().buffer(length);
    }
    if (largeEnvelopeLength >= 0
        && largeEnvelope.readableBytes() + (long) length > largeEnvelopeLength) {
      throw new ProtocolException(
          "Corrupt v5 stream: the frames of a large envelope hold more than the "
              + largeEnvelopeLength
              + " bytes it announces");
    }
    int needed = largeEnvelope.readableBytes() + length;
    if (needed > largeEnvelope.capacity()) {
      // Double (never past the announced length) so that copies stay linear in the envelope size.
      long doubled = Math.max(needed, 2L * largeEnvelope.capacity());
      largeEnvelope.capacity(
          (int) (largeEnvelopeLength < 0 ? needed : Math.min(doubled, largeEnvelopeLength)));
    }
    largeEnvelope.writeBytes(payload, index, length);
    if (largeEnvelopeLength < 0 && largeEnvelope.readableBytes() >= FrameCodec.HEADER_LENGTH) {
      largeEnvelopeLength =
          FrameCodec.checkResponseHeader(
              largeEnvelope, largeEnvelope.readerIndex(), maxFrameLength);
    }
    if (largeEnvelopeLength < 0 || largeEnvelope.readableBytes() < largeEnvelopeLength) {
      return;
    }
    if (largeEnvelope.readableBytes() > largeEnvelopeLength) {
      throw new ProtocolException(
          "Corrupt v5 stream: the frames of a large envelope hold "
              + largeEnvelope.readableBytes()
              + " bytes, but the envelope announces "
              + largeEnvelopeLength);
    }
    try {
      emit(largeEnvelope, largeEnvelope.readerIndex(), largeEnvelopeLength, out);
    } finally {
      releaseLargeEnvelope();
    }
  }

  /**
   * Decodes the complete envelope of {@code length} bytes at {@code index} of {@code buf}, in
   * place; a body failure only fails that stream. Leaves the reader index of {@code buf} after the
   * envelope.
   */
  private void emit(ByteBuf buf, int index, int length, List<Object> out) {
    int streamId = FrameCodec.streamId(buf, index);
    try {
      out.add(frameCodec.decode(buf, index, length, compressor));
    } catch (ProtocolException e) {
      if (streamId < 0) {
        // A server push (an EVENT): no request waits for it, so there is nothing to fail.
        LOG.warn(
            "Dropped a server push (stream {}) whose body does not decode: {}",
            streamId,
            e.getMessage());
      } else {
        out.add(new DecodeFailure(streamId, e));
      }
    }
  }

  private void releaseLargeEnvelope() {
    if (segmentCodec != null) {
      segmentCodec.releasePayload();
    }
    if (largeEnvelope != null) {
      largeEnvelope.release();
      largeEnvelope = null;
    }
    largeEnvelopeLength = -1;
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    // ByteToMessageDecoder wraps what decode throws; hand the typed cause on.
    if (cause instanceof DecoderException && cause.getCause() instanceof ProtocolException) {
      ctx.fireExceptionCaught(cause.getCause());
    } else {
      ctx.fireExceptionCaught(cause);
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    try {
      super.channelInactive(ctx);
    } finally {
      releaseLargeEnvelope();
    }
  }

  @Override
  protected void handlerRemoved0(ChannelHandlerContext ctx) {
    releaseLargeEnvelope();
  }
}
