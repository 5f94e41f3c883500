package io.sibyl.driver.internal.connection;

import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.protocol.Compressor;
import io.sibyl.driver.internal.protocol.Frame;
import io.sibyl.driver.internal.protocol.message.Event;
import io.sibyl.driver.internal.protocol.message.Options;
import java.util.ArrayList;
import java.util.List;

/**
 * The decoding side of a connection's pipeline, as {@link ConnectionFactory} installs it (frame
 * decoder, then in-flight matching), in an {@link EmbeddedChannel}, with requests waiting on the
 * first stream ids. A probe between the two handlers records every exception that the decoder
 * fires, before the in-flight handler turns it into a connection failure.
 */
public final class InboundPipeline {
  /** What one waiting request saw. */
  public static final class Request implements OutboundRequest {
    private int streamId = -1;
    private final List<Frame> responses = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();

    @Override
    public io.sibyl.driver.internal.protocol.Request message() {
      return Options.INSTANCE;
    }

    @Override
    public void streamIdAssigned(int id) {
      streamId = id;
    }

    @Override
    public int assignedStreamId() {
      return streamId;
    }

    @Override
    public void onResponse(Frame response) {
      responses.add(response);
    }

    @Override
    public void onFailure(Throwable error) {
      failures.add(error);
    }

    /** The stream id the request was written with. */
    public int streamId() {
      return streamId;
    }

    /** The responses it received (at most one, when all is well). */
    public List<Frame> responses() {
      return responses;
    }

    /** The failures it received (at most one, when all is well). */
    public List<Throwable> failures() {
      return failures;
    }
  }

  private final EmbeddedChannel channel;
  private final List<Request> requests = new ArrayList<>();
  private final List<Throwable> decoderExceptions = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();

  /**
   * Opens the pipeline and writes {@code waiting} requests, which take stream ids 0 to {@code
   * waiting - 1}.
   */
  public InboundPipeline(
      ProtocolVersion version,
      Compressor compressorOrNull,
      int maxFrameLength,
      ByteBufAllocator alloc,
      int waiting) {
    channel = new EmbeddedChannel();
    channel.config().setAllocator(alloc);
    channel
        .pipeline()
        .addLast(
            ConnectionFactory.FRAME_DECODER,
            new FrameDecoderHandler(compressorOrNull, maxFrameLength))
        .addLast(
            "probe",
            new ChannelInboundHandlerAdapter() {
              @Override
              public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                decoderExceptions.add(cause);
                ctx.fireExceptionCaught(cause);
              }
            })
        .addLast(new RequestFrames(version))
        .addLast(
            ConnectionFactory.INFLIGHT,
            new InFlightHandler(version, 64, 64, events::add, "[fuzz]"));
    for (int i = 0; i < waiting; i++) {
      Request request = new Request();
      requests.add(request);
      channel.writeOutbound(request);
    }
    Object written;
    while ((written = channel.readOutbound()) != null) {
      if (!(written instanceof Frame)) {
        throw new IllegalStateException("Unexpected outbound message " + written);
      }
    }
  }

  /** The channel, to write inbound bytes to. */
  public EmbeddedChannel channel() {
    return channel;
  }

  /** The waiting requests, in stream id order. */
  public List<Request> requests() {
    return requests;
  }

  /** The exceptions the decoder fired down the pipeline. */
  public List<Throwable> decoderExceptions() {
    return decoderExceptions;
  }

  /** The server events delivered. */
  public List<Event> events() {
    return events;
  }

  /** Closes the channel (failing what still waits) and drops whatever was left in it. */
  public void close() {
    channel.finishAndReleaseAll();
  }
}
