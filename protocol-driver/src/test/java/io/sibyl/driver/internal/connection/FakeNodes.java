package io.sibyl.driver.internal.connection;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.local.LocalAddress;
import io.netty.channel.local.LocalChannel;
import io.netty.channel.local.LocalIoHandler;
import io.netty.channel.local.LocalServerChannel;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.error.ConnectionException;
import io.sibyl.driver.internal.pool.ConnectionOpener;
import io.sibyl.driver.internal.protocol.Frame;
import io.sibyl.driver.internal.protocol.Message;
import io.sibyl.driver.internal.protocol.Request;
import io.sibyl.driver.internal.protocol.message.Options;
import io.sibyl.driver.internal.protocol.message.Supported;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fake nodes for unit tests of the pool and the control connection: real {@link Connection}s (with
 * their in-flight handler) over Netty's in-VM transport, to a server that answers each request as a
 * script says (frames travel as objects: no encoding, no handshake). A node can refuse connections,
 * stop answering (half-open), or hold a connection attempt open until a gate is released.
 */
public final class FakeNodes implements AutoCloseable {
  /** How a node behaves. */
  public enum Mode {
    /** Answers as its script says. */
    ANSWER,
    /** Accepts connections but never answers (a blackholed or half-open node). */
    SILENT,
    /** Refuses connections. */
    REFUSE,
    /**
     * Blackholed: open connections get no answer, new ones fail as a handshake timeout would (after
     * 100 ms).
     */
    BLACKHOLE
  }

  /** Answers one request; null means never answer it. */
  @FunctionalInterface
  public interface Script {
    /** The answer of {@code node} to {@code request}, or null for none. */
    Message answer(InetSocketAddress node, Request request);
  }

  private final EventLoopGroup group =
      new MultiThreadIoEventLoopGroup(2, LocalIoHandler.newFactory());
  private final Map<InetSocketAddress, FakeNode> nodes = new ConcurrentHashMap<>();
  private final AtomicInteger ids = new AtomicInteger();
  private final AtomicInteger opened = new AtomicInteger();
  private volatile long heartbeatMillis;

  private final class FakeNode {
    final InetSocketAddress address;
    final LocalAddress local;
    final List<Connection> connections = new CopyOnWriteArrayList<>();
    volatile Script script;
    volatile Mode mode = Mode.ANSWER;
    volatile CompletableFuture<Void> gate = CompletableFuture.completedFuture(null);
    Channel server;

    FakeNode(InetSocketAddress address, Script script) {
      this.address = address;
      this.script = script;
      this.local = new LocalAddress("fake-" + address + "-" + ids.getAndIncrement());
    }
  }

  /** Adds a node at {@code address} that answers with {@code script}. */
  public FakeNodes node(InetSocketAddress address, Script script) {
    FakeNode node = new FakeNode(address, script);
    node.server =
        new ServerBootstrap()
            .group(group)
            .channel(LocalServerChannel.class)
            .childHandler(
                new ChannelInitializer<Channel>() {
                  @Override
                  protected void initChannel(Channel channel) {
                    channel.pipeline().addLast(new Answerer(node));
                  }
                })
            .bind(node.local)
            .syncUninterruptibly()
            .channel();
    nodes.put(address, node);
    return this;
  }

  /** Sets how a node behaves from now on (connections already open keep running). */
  public void mode(InetSocketAddress address, Mode mode) {
    nodes.get(address).mode = mode;
  }

  /** Holds the connection attempts to a node (once connected) until {@code gate} completes. */
  public void gate(InetSocketAddress address, CompletableFuture<Void> gate) {
    nodes.get(address).gate = gate;
  }

  /**
   * Gives the connections opened from now on the driver's heartbeat (as {@code ConnectionFactory}
   * sets it up): an OPTIONS after {@code interval} without reads, closed if still unanswered one
   * interval later.
   */
  public void heartbeat(java.time.Duration interval) {
    heartbeatMillis = interval.toMillis();
  }

  /** Refuses new connections to a node and closes its open ones. */
  public void kill(InetSocketAddress address) {
    FakeNode node = nodes.get(address);
    node.mode = Mode.REFUSE;
    node.connections.forEach(Connection::close);
  }

  /** Open connections to every node. */
  public int openConnections() {
    return nodes.values().stream()
        .mapToInt(node -> (int) node.connections.stream().filter(Connection::isOpen).count())
        .sum();
  }

  /** Open connections to one node. */
  public int openConnections(InetSocketAddress address) {
    return (int) nodes.get(address).connections.stream().filter(Connection::isOpen).count();
  }

  /** Connections opened so far, to every node. */
  public int openedConnections() {
    return opened.get();
  }

  /** The opener of connections to these nodes. */
  public ConnectionOpener opener() {
    return this::open;
  }

  private CompletableFuture<Connection> open(
      InetSocketAddress address,
      ProtocolVersion version,
      String keyspace,
      List<String> eventTypes,
      java.util.function.Consumer<io.sibyl.driver.internal.protocol.message.Event> listener) {
    FakeNode node = nodes.get(address);
    if (node == null || node.mode == Mode.REFUSE) {
      return CompletableFuture.failedFuture(
          new ConnectionException("[fake|" + address + "] connection refused"));
    }
    if (node.mode == Mode.BLACKHOLE) {
      CompletableFuture<Connection> timedOut = new CompletableFuture<>();
      group
          .next()
          .schedule(
              () ->
                  timedOut.completeExceptionally(
                      new ConnectionException("[fake|" + address + "] handshake timed out")),
              100,
              java.util.concurrent.TimeUnit.MILLISECONDS);
      return timedOut;
    }
    ProtocolVersion used = version == null ? ProtocolVersion.V5 : version;
    String prefix = "[fake|" + address + "|c" + ids.getAndIncrement() + "]";
    InFlightHandler inFlight = new InFlightHandler(used, 1024, 256, listener, prefix);
    CompletableFuture<Connection> result = new CompletableFuture<>();
    new Bootstrap()
        .group(group)
        .channel(LocalChannel.class)
        .handler(
            new ChannelInitializer<Channel>() {
              @Override
              protected void initChannel(Channel channel) {
                long heartbeat = heartbeatMillis;
                if (heartbeat > 0) {
                  channel
                      .pipeline()
                      .addLast(
                          new io.netty.handler.timeout.IdleStateHandler(
                              heartbeat, 0, 0, java.util.concurrent.TimeUnit.MILLISECONDS))
                      .addLast(new HeartbeatHandler(prefix));
                }
                channel.pipeline().addLast(new RequestFrames(used)).addLast(inFlight);
              }
            })
        .connect(node.local)
        .addListener(
            f -> {
              if (!f.isSuccess()) {
                result.completeExceptionally(new ConnectionException(prefix + " cannot connect"));
                return;
              }
              Channel channel = ((io.netty.channel.ChannelFuture) f).channel();
              Connection connection = new Connection(channel, used, address, inFlight, prefix);
              node.connections.add(connection);
              opened.incrementAndGet();
              CompletableFuture<Void> ready =
                  keyspace == null
                      ? CompletableFuture.completedFuture(null)
                      : connection.use(keyspace);
              ready
                  .thenCompose(ignored -> node.gate)
                  .whenComplete(
                      (ignored, error) -> {
                        if (error != null) {
                          connection.close();
                          result.completeExceptionally(error);
                        } else {
                          result.complete(connection);
                        }
                      });
            });
    return result;
  }

  private static final class Answerer extends ChannelInboundHandlerAdapter {
    private final FakeNode node;

    Answerer(FakeNode node) {
      this.node = node;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      if (!(msg instanceof Frame frame) || node.mode != Mode.ANSWER) {
        return;
      }
      Message answer =
          frame.message() instanceof Options
              ? new Supported(Map.of())
              : node.script.answer(node.address, (Request) frame.message());
      if (answer != null) {
        ctx.writeAndFlush(
            new Frame(
                frame.version(), frame.streamId(), 0, false, null, Map.of(), List.of(), answer));
      }
    }
  }

  @Override
  public void close() {
    for (FakeNode node : nodes.values()) {
      node.connections.forEach(connection -> connection.close().join());
      node.server.close().syncUninterruptibly();
    }
    group.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
  }
}
