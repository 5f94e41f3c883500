package io.sibyl.driver.internal.connection;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.protocol.Frame;

/**
 * For pipelines without a {@link FrameEncoderHandler}: turns each {@link OutboundRequest} that
 * {@link InFlightHandler} writes into the {@link Frame} the encoder would write, so that tests can
 * read what was sent (stream id, message, tracing, custom payload) as a frame.
 */
final class RequestFrames extends ChannelOutboundHandlerAdapter {
  private final ProtocolVersion version;

  RequestFrames(ProtocolVersion version) {
    this.version = version;
  }

  @Override
  public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
    if (msg instanceof OutboundRequest request) {
      ctx.write(
          Frame.request(
              version,
              request.assignedStreamId(),
              request.message(),
              request.tracing(),
              request.customPayload()),
          promise);
    } else {
      ctx.write(msg, promise);
    }
  }
}
