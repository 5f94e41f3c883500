package io.sibyl.driver.internal.connection;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.util.concurrent.PromiseCombiner;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.protocol.Compressor;
import io.sibyl.driver.internal.protocol.Frame;
import io.sibyl.driver.internal.protocol.FrameCodec;
import io.sibyl.driver.internal.protocol.Message;
import io.sibyl.driver.internal.protocol.Opcode;
import io.sibyl.driver.internal.protocol.Request;
import io.sibyl.driver.internal.protocol.SegmentBuilder;
import io.sibyl.driver.internal.protocol.SegmentCodec;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns outbound requests into bytes: {@link OutboundRequest}s, whose stream id {@link
 * InFlightHandler} assigned (the write path: header and body are written straight from the request,
 * with no {@link Frame} object), and {@link Frame}s (tests and tools).
 *
 * <p>v4 envelopes, and v5 envelopes up to and including STARTUP, are written one by one as they
 * come (v4 bodies compressed when a compressor is given, except STARTUP and OPTIONS). Once a v5
 * STARTUP has been written, envelopes are coalesced: those written between two flushes are packed
 * into self-contained outer frames (LZ4 when a compressor is given), an envelope over 128 KiB is
 * split into non-self-contained frames, and everything goes out on flush. Each write's promise
 * completes once the bytes it went into are written, or fails with them.
 *
 * <p>Requests are written with the channel's void promise: for them, a flush allocates nothing (the
 * finished frames are written with the void promise too, through a list reused from flush to
 * flush). That matters most for synchronous callers, where every request is a flush of its own.
 * Only writes with a real promise (tests, tools) pay for a combined promise and its listener.
 *
 * <p>A frame that cannot be encoded fails its own promise (a void promise is left alone) and
 * nothing else, and an {@link EncodeFailure} event tells the in-flight handler which request it
 * was. Envelopes still waiting for a flush when the channel closes or the handler is removed are
 * released and their promises failed.
 */
public final class FrameEncoderHandler extends ChannelOutboundHandlerAdapter {
  private final ProtocolVersion version;
  private final Compressor compressor;
  private final FrameCodec frameCodec = new FrameCodec();

  /** Null until the outer framing starts. */
  private SegmentBuilder segments;

  /** The real (not void) promises of the envelopes added since the last flush. */
  private final List<ChannelPromise> pendingPromises = new ArrayList<>();

  /** Whether a void-promise write is among the envelopes added since the last flush. */
  private boolean voidWritesPending;

  /** The frames of one flush, reused from flush to flush. */
  private final List<ByteBuf> outgoing = new ArrayList<>();

  /**
   * Creates an encoder.
   *
   * @param version the connection's protocol version, which {@link OutboundRequest}s are written
   *     with ({@link Frame}s carry their own)
   * @param compressorOrNull the negotiated compression
   */
  public FrameEncoderHandler(ProtocolVersion version, Compressor compressorOrNull) {
    this.version = version;
    this.compressor = compressorOrNull;
  }

  /** Whether the v5 outer framing has started. */
  public boolean isFraming() {
    return segments != null;
  }

  @Override
  public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
    if (msg instanceof OutboundRequest request) {
      Map<String, ByteBuffer> customPayload = request.customPayload();
      encode(
          ctx,
          version,
          request.assignedStreamId(),
          FrameCodec.requestFlags(request.tracing(), customPayload),
          customPayload,
          request.message(),
          promise);
    } else if (msg instanceof Frame frame) {
      if (!(frame.message() instanceof Request request)) {
        failOne(
            ctx,
            frame.streamId(),
            frame.message(),
            promise,
            new IllegalArgumentException(
                "Only requests can be encoded, got " + Opcode.name(frame.message().opcode())));
        return;
      }
      encode(
          ctx,
          frame.version(),
          frame.streamId(),
          frame.flags(),
          frame.customPayload(),
          request,
          promise);
    } else {
      ctx.write(msg, promise);
    }
  }

  /** Encodes one request envelope: into the outer frames being built, or into its own buffer. */
  private void encode(
      ChannelHandlerContext ctx,
      ProtocolVersion version,
      int streamId,
      int flags,
      Map<String, ByteBuffer> customPayload,
      Request request,
      ChannelPromise promise) {
    if (segments != null) {
      try {
        segments.add(version, streamId, flags, customPayload, request);
      } catch (RuntimeException e) {
        failOne(ctx, streamId, request, promise, e);
        return;
      }
      if (promise.isVoid()) {
        voidWritesPending = true;
      } else {
        pendingPromises.add(promise);
      }
      return;
    }
    ByteBuf encoded;
    try {
      Compressor bodyCompressor = version == ProtocolVersion.V4 ? compressor : null;
      encoded =
          frameCodec.encode(
              ctx.alloc(), version, streamId, flags, customPayload, request, bodyCompressor);
    } catch (RuntimeException e) {
      failOne(ctx, streamId, request, promise, e);
      return;
    }
    ctx.write(encoded, promise);
    if (version == ProtocolVersion.V5 && request.opcode() == Opcode.STARTUP) {
      // Section 2.3.1: everything after a v5 STARTUP is framed.
      segments = new SegmentBuilder(ctx.alloc(), new SegmentCodec(compressor), frameCodec);
    }
  }

  /**
   * Fails the write of one frame that could not be encoded, and nothing else. A real promise is
   * failed; a void one is not (failing it would fire exceptionCaught, which closes the connection
   * and fails every request on it): the request's own callback is told instead, through an {@link
   * EncodeFailure} event that the in-flight handler receives.
   */
  private static void failOne(
      ChannelHandlerContext ctx,
      int streamId,
      Message message,
      ChannelPromise promise,
      RuntimeException e) {
    if (!promise.isVoid()) {
      promise.tryFailure(e);
    }
    ctx.fireUserEventTriggered(new EncodeFailure(streamId, message, e));
  }

  @Override
  public void flush(ChannelHandlerContext ctx) {
    if (segments != null && !segments.isEmpty()) {
      writePendingFrames(ctx);
    }
    ctx.flush();
  }

  private void writePendingFrames(ChannelHandlerContext ctx) {
    boolean voidWrites = voidWritesPending;
    voidWritesPending = false;
    try {
      segments.drainTo(outgoing);
    } catch (RuntimeException e) {
      segments.discard();
      failPending(ctx, voidWrites, e);
      return;
    }
    try {
      if (pendingPromises.isEmpty()) {
        // The usual case: every write had the void promise, so nobody waits for these bytes (a
        // failed socket write fires exceptionCaught through the void promise, as it did for each).
        for (int i = 0; i < outgoing.size(); i++) {
          ctx.write(outgoing.get(i), ctx.voidPromise());
        }
      } else {
        writeCombined(ctx, voidWrites);
      }
    } finally {
      outgoing.clear();
    }
  }

  /** Writes the frames of this flush and completes every real promise once all are written. */
  private void writeCombined(ChannelHandlerContext ctx, boolean voidWrites) {
    ChannelPromise[] promises = pendingPromises.toArray(new ChannelPromise[0]);
    pendingPromises.clear();
    PromiseCombiner combiner = new PromiseCombiner(ctx.executor());
    for (int i = 0; i < outgoing.size(); i++) {
      combiner.add(ctx.write(outgoing.get(i)));
    }
    ChannelPromise all = ctx.newPromise();
    all.addListener(
        future -> {
          for (ChannelPromise promise : promises) {
            if (future.isSuccess()) {
              promise.trySuccess();
            } else {
              promise.tryFailure(future.cause());
            }
          }
          if (voidWrites && !future.isSuccess()) {
            ctx.voidPromise().tryFailure(future.cause());
          }
        });
    combiner.finish(all);
  }

  /** Fails the writes added since the last flush, once their frames could not be built. */
  private void failPending(ChannelHandlerContext ctx, boolean voidWrites, Throwable cause) {
    ChannelPromise[] promises = pendingPromises.toArray(new ChannelPromise[0]);
    pendingPromises.clear();
    for (ChannelPromise promise : promises) {
      promise.tryFailure(cause);
    }
    if (voidWrites) {
      ctx.voidPromise().tryFailure(cause);
    }
  }

  @Override
  public void close(ChannelHandlerContext ctx, ChannelPromise promise) {
    discardPending(new ClosedChannelException());
    ctx.close(promise);
  }

  @Override
  public void handlerRemoved(ChannelHandlerContext ctx) {
    discardPending(new ClosedChannelException());
  }

  private void discardPending(Throwable cause) {
    if (segments != null) {
      segments.discard();
    }
    // Void-promise writes need no failing here: their requests fail when the channel goes inactive.
    voidWritesPending = false;
    if (pendingPromises.isEmpty()) {
      return;
    }
    ChannelPromise[] promises = pendingPromises.toArray(new ChannelPromise[0]);
    pendingPromises.clear();
    for (ChannelPromise promise : promises) {
      promise.tryFailure(cause);
    }
  }
}
