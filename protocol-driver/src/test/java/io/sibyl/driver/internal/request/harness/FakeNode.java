package io.sibyl.driver.internal.request.harness;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.channel.embedded.EmbeddedChannel;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.connection.Connection;
import io.sibyl.driver.internal.connection.EmbeddedConnections;
import io.sibyl.driver.internal.connection.OutboundRequest;
import io.sibyl.driver.internal.pool.ConnectionOpener;
import io.sibyl.driver.internal.pool.DefaultNode;
import io.sibyl.driver.internal.pool.NodePool;
import io.sibyl.driver.internal.protocol.Frame;
import io.sibyl.driver.internal.protocol.Message;
import io.sibyl.driver.metadata.NodeStateListener;
import io.sibyl.driver.policy.ConstantReconnectionPolicy;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A node of the harness: a real {@link NodePool} holding one real {@link Connection} over an {@link
 * EmbeddedChannel} (frame encoder and in-flight handler as in production), or no pool at all for a
 * node that is down. The test plays the server: it reads the frames written and scripts the
 * answers.
 */
public final class FakeNode {
  private static final ProtocolVersion VERSION = ProtocolVersion.V4;

  private final DefaultNode node;
  private final EmbeddedChannel channel;
  private final Connection connection;
  private final List<Frame> written = new ArrayList<>();

  private FakeNode(int index, boolean up, int maxStreams) {
    InetSocketAddress address = new InetSocketAddress("127.0.0." + (index + 1), 9042);
    this.node = new DefaultNode(address);
    if (!up) {
      channel = null;
      connection = null;
      return;
    }
    channel = new EmbeddedChannel();
    // The encoded bytes are dropped at once; leak tracking them (paranoid in tests) only costs.
    channel.config().setAllocator(new UnpooledByteBufAllocator(false, true));
    connection =
        EmbeddedConnections.open(channel, VERSION, address, maxStreams, new Recorder(written));
    // The pool never opens another connection in the harness.
    ConnectionOpener unused =
        (address1, version, keyspace, eventTypes, eventListener) ->
            CompletableFuture.failedFuture(
                new IllegalStateException("The harness opens no further connections"));
    NodePool pool =
        new NodePool(
            node,
            unused,
            VERSION,
            1,
            () -> null,
            channel.eventLoop(),
            new ConstantReconnectionPolicy(Duration.ofHours(1)),
            new NodeStateListener() {});
    pool.init(connection).join();
  }

  /** A node with one open connection. */
  public static FakeNode up(int index, int maxStreams) {
    return new FakeNode(index, true, maxStreams);
  }

  /** A node that has no pool: never tried successfully. */
  public static FakeNode down(int index) {
    return new FakeNode(index, false, 64);
  }

  /** The driver's record of this node. */
  public DefaultNode node() {
    return node;
  }

  /** The node's connection, or null for a node that is down. */
  public Connection connection() {
    return connection;
  }

  /**
   * Runs the channel's queued tasks (writes, abandons) until none is left; drops the encoded bytes.
   */
  public boolean runPending() {
    if (channel == null) {
      return false;
    }
    boolean ran = false;
    while (channel.hasPendingTasks()) {
      channel.runPendingTasks();
      ran = true;
    }
    Object out;
    while ((out = channel.readOutbound()) != null) {
      if (out instanceof ByteBuf buf) {
        buf.release();
      }
    }
    return ran;
  }

  /** The request frames written since the last call, oldest first. */
  public List<Frame> takeWritten() {
    List<Frame> frames = new ArrayList<>(written);
    written.clear();
    return frames;
  }

  /** Answers the request written as {@code request} with {@code response}. */
  public void respond(Frame request, Message response) {
    channel.writeInbound(
        new Frame(VERSION, request.streamId(), 0, false, null, Map.of(), List.of(), response));
  }

  /** Closes the connection, as when the node is killed. */
  public void kill() {
    if (channel != null) {
      channel.close();
      runPending();
    }
  }

  /** Whether the connection is open. */
  public boolean isOpen() {
    return channel != null && channel.isOpen();
  }

  /** Stream ids held on this node's connection (abandoned ones included). */
  public int inFlight() {
    return connection == null ? 0 : connection.inFlight();
  }

  /** Releases what the channel still holds. */
  public void finish() {
    if (channel != null) {
      channel.finishAndReleaseAll();
    }
  }

  @Override
  public String toString() {
    return node.toString();
  }

  /**
   * Records each request on its way from the in-flight handler to the encoder, as the frame the
   * encoder writes for it.
   */
  private static final class Recorder extends ChannelOutboundHandlerAdapter {
    private final List<Frame> written;

    Recorder(List<Frame> written) {
      this.written = written;
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
      if (msg instanceof OutboundRequest request) {
        written.add(
            Frame.request(
                VERSION,
                request.assignedStreamId(),
                request.message(),
                request.tracing(),
                request.customPayload()));
      }
      ctx.write(msg, promise);
    }
  }
}
