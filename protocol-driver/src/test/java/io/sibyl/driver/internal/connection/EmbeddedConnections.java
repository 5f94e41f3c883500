package io.sibyl.driver.internal.connection;

import io.netty.channel.ChannelHandler;
import io.netty.channel.embedded.EmbeddedChannel;
import io.sibyl.driver.ProtocolVersion;
import java.net.InetSocketAddress;

/**
 * Opens {@link Connection}s over an {@link EmbeddedChannel} with the production write path: the
 * frame encoder and the in-flight handler, with an optional handler between them (e.g. one that
 * records the frames written). For tests outside this package.
 */
public final class EmbeddedConnections {
  private EmbeddedConnections() {}

  /**
   * A connection on {@code channel}, whose pipeline becomes: encoder, {@code between} (if not
   * null), in-flight handler.
   */
  public static Connection open(
      EmbeddedChannel channel,
      ProtocolVersion version,
      InetSocketAddress address,
      int maxStreams,
      ChannelHandler between) {
    String logPrefix = "[test|" + address.getHostString() + ":" + address.getPort() + "]";
    InFlightHandler inFlight =
        new InFlightHandler(version, maxStreams, maxStreams, event -> {}, logPrefix);
    channel
        .pipeline()
        .addLast(ConnectionFactory.FRAME_ENCODER, new FrameEncoderHandler(version, null));
    if (between != null) {
      channel.pipeline().addLast("between", between);
    }
    channel.pipeline().addLast(ConnectionFactory.INFLIGHT, inFlight);
    return new Connection(channel, version, address, inFlight, logPrefix);
  }
}
