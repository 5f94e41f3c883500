package io.sibyl.testsupport.proxy;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.concurrent.Future;
import java.net.InetSocketAddress;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client connection and its upstream connection, on one event loop, with a {@link Pump} per
 * direction.
 */
final class ProxyConnection implements ProxiedConnection {
  private static final Logger LOG = LoggerFactory.getLogger(ProxyConnection.class);

  private final FaultProxy proxy;
  private final long id;
  private final Channel client;
  private volatile Channel server;
  private final Map<Direction, Pump> pumps = new EnumMap<>(Direction.class);
  private final Map<Direction, AtomicLong> forwarded = new EnumMap<>(Direction.class);
  private volatile FaultRule clientToServerRule;
  private volatile FaultRule serverToClientRule;
  private volatile boolean established;
  private volatile boolean closing;
  private boolean counted;
  private int channelsClosed;

  ProxyConnection(FaultProxy proxy, long id, Channel client, boolean followProtocol) {
    this.proxy = proxy;
    this.id = id;
    this.client = client;
    ProtocolParser.Handshake handshake = new ProtocolParser.Handshake();
    for (Direction direction : Direction.values()) {
      pumps.put(
          direction,
          new Pump(this, direction, new ProtocolParser(direction, handshake, followProtocol)));
      forwarded.put(direction, new AtomicLong());
    }
  }

  /** Connects upstream; the client is read once that succeeded. Runs on the client's loop. */
  void start(InetSocketAddress upstream, int connectTimeoutMillis) {
    client.pipeline().addLast(new Relay(Direction.CLIENT_TO_SERVER));
    client.closeFuture().addListener(future -> channelClosed());
    new Bootstrap()
        .group(client.eventLoop())
        .channel(NioSocketChannel.class)
        .option(ChannelOption.AUTO_READ, false)
        .option(ChannelOption.TCP_NODELAY, true)
        .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, connectTimeoutMillis)
        .handler(new Relay(Direction.SERVER_TO_CLIENT))
        .connect(upstream)
        .addListener(
            future -> {
              Channel channel = ((io.netty.channel.ChannelFuture) future).channel();
              if (!future.isSuccess() || closing) {
                LOG.debug("proxy connection {}: upstream {} unreachable", id, upstream);
                channel.close();
                proxy.counters().connectionRefused();
                proxy.notifyRefused(client.remoteAddress());
                hardClose(client);
                return;
              }
              server = channel;
              channel.closeFuture().addListener(closed -> channelClosed());
              pumps.get(Direction.CLIENT_TO_SERVER).channels(client, server);
              pumps.get(Direction.SERVER_TO_CLIENT).channels(server, client);
              established = true;
              counted = true;
              proxy.counters().connectionAccepted();
              proxy.notifyOpened(this);
              wakeUp();
            });
  }

  FaultProxy proxy() {
    return proxy;
  }

  ProxyCounters counters() {
    return proxy.counters();
  }

  boolean isEstablished() {
    return established;
  }

  void addForwarded(Direction direction, long bytes) {
    forwarded.get(direction).addAndGet(bytes);
  }

  /**
   * Re-reads the rules: called after any rule changed. From another thread, waits (a second at
   * most) until done, so that e.g. a pause stops reading before the caller goes on.
   */
  void wakeUp() {
    Future<?> done =
        onLoop(
            () -> {
              for (Pump pump : pumps.values()) {
                pump.drain();
              }
            });
    if (done != null && !client.eventLoop().inEventLoop()) {
      done.awaitUninterruptibly(1, TimeUnit.SECONDS);
    }
  }

  /** Runs a task on the connection's event loop; nothing (null) if the proxy is closed already. */
  private Future<?> onLoop(Runnable task) {
    try {
      return client.eventLoop().submit(task);
    } catch (RejectedExecutionException e) {
      LOG.debug("proxy connection {}: the proxy is closed", id);
      return null;
    }
  }

  /** The source of a direction ended (it was reset if {@code reset}): end the other side too. */
  void sourceEnded(boolean reset) {
    if (reset) {
      resetNow();
    } else {
      closeNow();
    }
  }

  /** Closes both sockets gracefully, after what was written to them. */
  void closeNow() {
    finish();
    for (Channel channel : channels()) {
      channel.writeAndFlush(channel.alloc().buffer(0)).addListener(future -> channel.close());
    }
  }

  /** Resets both sockets: SO_LINGER 0, then close. */
  void resetNow() {
    finish();
    for (Channel channel : channels()) {
      hardClose(channel);
    }
  }

  /** Closes both sockets at once, for the proxy's close. */
  void closeImmediately() {
    onLoop(this::resetNow);
  }

  private static void hardClose(Channel channel) {
    if (channel.isOpen()) {
      try {
        channel.config().setOption(ChannelOption.SO_LINGER, 0);
      } catch (RuntimeException e) {
        LOG.debug("could not set SO_LINGER on {}", channel, e);
      }
      channel.close();
    }
  }

  private void finish() {
    closing = true;
    for (Pump pump : pumps.values()) {
      pump.finish();
    }
  }

  private Channel[] channels() {
    Channel upstream = server;
    return upstream == null ? new Channel[] {client} : new Channel[] {client, upstream};
  }

  private void channelClosed() {
    channelsClosed++;
    if (channelsClosed == channels().length || (!established && channelsClosed == 1)) {
      finish();
      boolean wasOpen = counted;
      counted = false;
      proxy.connectionClosed(this, wasOpen);
    }
  }

  @Override
  public FaultRule rule(Direction direction) {
    FaultRule own =
        direction == Direction.CLIENT_TO_SERVER ? clientToServerRule : serverToClientRule;
    return own != null ? own : proxy.rule(direction);
  }

  @Override
  public long id() {
    return id;
  }

  @Override
  public InetSocketAddress clientAddress() {
    return (InetSocketAddress) client.remoteAddress();
  }

  @Override
  public boolean isOpen() {
    Channel upstream = server;
    return !closing && client.isOpen() && upstream != null && upstream.isOpen();
  }

  @Override
  public void rule(Direction direction, FaultRule rule) {
    java.util.Objects.requireNonNull(rule, "rule");
    setOwnRule(direction, rule);
  }

  @Override
  public void clearRule(Direction direction) {
    setOwnRule(direction, null);
  }

  private void setOwnRule(Direction direction, FaultRule rule) {
    if (direction == Direction.CLIENT_TO_SERVER) {
      clientToServerRule = rule;
    } else {
      serverToClientRule = rule;
    }
    wakeUp();
  }

  @Override
  public long bytesForwarded(Direction direction) {
    return forwarded.get(direction).get();
  }

  @Override
  public void close() {
    onLoop(this::closeNow);
  }

  @Override
  public void reset() {
    onLoop(this::resetNow);
  }

  @Override
  public String toString() {
    return "ProxiedConnection{" + id + ", client " + client.remoteAddress() + "}";
  }

  /** Feeds a socket's reads to its direction's pump. */
  private final class Relay extends ChannelInboundHandlerAdapter {
    private final Direction reads;
    private boolean failed;

    Relay(Direction reads) {
      this.reads = reads;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      pumps.get(reads).onRead((ByteBuf) msg);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
      pumps.get(reads).onSourceEnd(failed);
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
      pumps.get(reads.reverse()).updateAutoRead();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      LOG.debug("proxy connection {}: {} side failed", id, reads, cause);
      failed = true;
      ctx.close();
    }
  }
}
