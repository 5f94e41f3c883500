package io.sibyl.testsupport.proxy;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A TCP proxy in front of one Cassandra node that injects faults, for tests: delays, half-open
 * pauses, blackholes, resets, closes, truncations, bit flips, bandwidth limits and refused
 * connections, per direction, for every connection or one, changed at run time.
 *
 * <p>It listens on a loopback address (an ephemeral port of 127.0.0.1 unless {@linkplain
 * Builder#listenOn told}) and forwards each accepted connection to its upstream node. It follows
 * the native protocol: v3/v4 envelopes, and v5 segments after the v5 handshake (STARTUP, then READY
 * or AUTHENTICATE), so rules can target envelopes by opcode, stream id, statement text or prepared
 * id, and {@link #counters()} counts them. Inside LZ4-compressed v5 segments the envelopes cannot
 * be seen: there, rules act on whole segments only, and frame selectors match nothing. With v4
 * compression the headers are seen but not the statement texts or ids.
 *
 * <pre>{@code
 * try (FaultProxy proxy = FaultProxy.builder(node).start()) {
 *   Session session = Session.builder().addContactPoint(proxy.address()).build();
 *   proxy.rule(Direction.SERVER_TO_CLIENT, FaultRule.delay(Duration.ofSeconds(3)));
 *   // ... expect a timeout ...
 *   proxy.clearRules();
 * }
 * }</pre>
 *
 * <p>Thread-safe. {@link #close()} closes every socket and the proxy's thread, waiting a few
 * seconds at most.
 */
public final class FaultProxy implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FaultProxy.class);

  private final String name;
  private final InetSocketAddress upstream;
  private final boolean followProtocol;
  private final int connectTimeoutMillis;
  private final ProxyListener listener;
  private final ProxyCounters counters;
  private final EventLoopGroup group;
  private final ServerBootstrap bootstrap;
  private final List<ProxyConnection> connections = new CopyOnWriteArrayList<>();
  private final AtomicLong ids = new AtomicLong();
  private final Object bindLock = new Object();
  private volatile InetSocketAddress address;
  private volatile Channel serverChannel;
  private volatile FaultRule clientToServerRule = FaultRule.pass();
  private volatile FaultRule serverToClientRule = FaultRule.pass();
  private volatile RefuseMode refuseMode;
  private volatile boolean closed;

  private FaultProxy(Builder builder) {
    this.name = builder.name;
    this.upstream = builder.upstream;
    this.followProtocol = builder.followProtocol;
    this.connectTimeoutMillis = (int) builder.connectTimeout.toMillis();
    this.listener = builder.listener;
    this.counters = new ProxyCounters(builder.frameLogSize);
    this.group =
        new MultiThreadIoEventLoopGroup(
            1, new DefaultThreadFactory("sibyl-proxy-" + name, true), NioIoHandler.newFactory());
    this.bootstrap =
        new ServerBootstrap()
            .group(group)
            .channel(NioServerSocketChannel.class)
            .option(ChannelOption.SO_REUSEADDR, true)
            .childOption(ChannelOption.AUTO_READ, false)
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childHandler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel channel) {
                    accept(channel);
                  }
                });
  }

  /** A builder of a proxy in front of the node at {@code upstream}. */
  public static Builder builder(InetSocketAddress upstream) {
    return new Builder(upstream);
  }

  /** A proxy on an ephemeral port of 127.0.0.1 in front of the node at {@code upstream}. */
  public static FaultProxy start(InetSocketAddress upstream) {
    return builder(upstream).start();
  }

  private FaultProxy bind(InetSocketAddress requested) {
    try {
      Channel channel = bootstrap.bind(requested).syncUninterruptibly().channel();
      serverChannel = channel;
      address = (InetSocketAddress) channel.localAddress();
      LOG.debug("proxy {} listens on {} for {}", name, address, upstream);
      return this;
    } catch (Exception e) { // Netty rethrows the BindException unchecked
      if (address == null) { // the first bind: nothing else will use the thread
        group.shutdownGracefully(0, 0, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
      }
      throw new IllegalStateException(
          "Proxy " + name + " could not listen on " + requested + ": " + e.getMessage(), e);
    }
  }

  private void accept(SocketChannel channel) {
    RefuseMode mode = refuseMode;
    if (closed || (mode != null && mode != RefuseMode.STOP_ACCEPTING)) {
      counters.connectionRefused();
      notifyRefused(channel.remoteAddress());
      if (mode == RefuseMode.RESET_ON_ACCEPT) {
        channel.config().setOption(ChannelOption.SO_LINGER, 0);
      }
      channel.close();
      return;
    }
    ProxyConnection connection =
        new ProxyConnection(this, ids.incrementAndGet(), channel, followProtocol);
    connections.add(connection);
    connection.start(upstream, connectTimeoutMillis);
  }

  /** The address the proxy listens on: the contact point to give to the client. */
  public InetSocketAddress address() {
    return address;
  }

  /** The node the proxy forwards to. */
  public InetSocketAddress upstream() {
    return upstream;
  }

  /** What the proxy counted. */
  public ProxyCounters counters() {
    return counters;
  }

  /** The connections open now (and those closing), oldest first. */
  public List<ProxiedConnection> connections() {
    return List.copyOf(connections);
  }

  /**
   * Sets the rule of one direction for every connection (those open and those to come) that has no
   * rule of its own. It takes effect at each connection's next chunk; called from a test's thread,
   * it returns once every open connection has seen it (a pause has stopped reading, say).
   */
  public FaultProxy rule(Direction direction, FaultRule rule) {
    Objects.requireNonNull(rule, "rule");
    if (direction == Direction.CLIENT_TO_SERVER) {
      clientToServerRule = rule;
    } else {
      serverToClientRule = rule;
    }
    for (ProxyConnection connection : connections) {
      connection.wakeUp();
    }
    return this;
  }

  /** Sets the same rule in both directions. */
  public FaultProxy rule(FaultRule rule) {
    rule(Direction.CLIENT_TO_SERVER, rule);
    return rule(Direction.SERVER_TO_CLIENT, rule);
  }

  /** The proxy-wide rule of one direction. */
  public FaultRule rule(Direction direction) {
    return direction == Direction.CLIENT_TO_SERVER ? clientToServerRule : serverToClientRule;
  }

  /**
   * Back to forwarding everything: both proxy-wide rules and every connection's own rules become
   * {@link FaultRule#pass()} or are dropped, and new connections are accepted again.
   */
  public FaultProxy clearRules() {
    for (ProxyConnection connection : connections) {
      connection.clearRule(Direction.CLIENT_TO_SERVER);
      connection.clearRule(Direction.SERVER_TO_CLIENT);
    }
    rule(FaultRule.pass());
    acceptConnections();
    return this;
  }

  /** Refuses new connections from now on, in the given way; open ones are not touched. */
  public FaultProxy refuseConnections(RefuseMode mode) {
    Objects.requireNonNull(mode, "mode");
    synchronized (bindLock) {
      refuseMode = mode;
      Channel channel = serverChannel;
      if (mode == RefuseMode.STOP_ACCEPTING && channel != null) {
        // On the event loop, so that no accept is under way once this returns.
        channel.eventLoop().submit(() -> channel.config().setAutoRead(false)).syncUninterruptibly();
      } else if (mode == RefuseMode.UNBIND && channel != null) {
        channel.close().syncUninterruptibly();
        serverChannel = null;
        awaitRefused();
      }
    }
    return this;
  }

  /**
   * Waits until connects are refused: a closed NIO server channel closes its socket only when its
   * selector next runs, a moment after the close completed.
   */
  private void awaitRefused() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
    while (System.nanoTime() < deadline) {
      try (Socket probe = new Socket()) {
        probe.connect(address, 200);
      } catch (IOException refused) {
        return;
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    LOG.warn("proxy {}: {} still accepts connects after it was closed", name, address);
  }

  /**
   * Accepts new connections again (listening again on the same address after {@link
   * RefuseMode#UNBIND}).
   */
  public FaultProxy acceptConnections() {
    synchronized (bindLock) {
      refuseMode = null;
      if (closed) {
        return this;
      }
      Channel channel = serverChannel;
      if (channel == null) {
        bind(address);
      } else if (!channel.config().isAutoRead()) {
        channel.config().setAutoRead(true);
      }
    }
    return this;
  }

  /** Closes every proxied connection now (reset), keeping the proxy listening. */
  public void dropConnections() {
    for (ProxyConnection connection : connections) {
      connection.closeImmediately();
    }
  }

  /**
   * Stops listening, resets every connection and stops the proxy's thread; waits 5 seconds at most.
   */
  @Override
  public void close() {
    synchronized (bindLock) {
      if (closed) {
        return;
      }
      closed = true;
    }
    Channel channel = serverChannel;
    if (channel != null) {
      channel.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
    }
    for (ProxyConnection connection : connections) {
      connection.closeImmediately();
    }
    group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
  }

  @Override
  public String toString() {
    return "FaultProxy{" + name + ", " + address + " -> " + upstream + "}";
  }

  /** A connection is closed for good; {@code wasOpen}: its upstream connection was open. */
  void connectionClosed(ProxyConnection connection, boolean wasOpen) {
    if (connections.remove(connection) && wasOpen) {
      counters.connectionClosed();
      notify(() -> listener.onConnectionClosed(connection));
    }
  }

  void notifyOpened(ProxyConnection connection) {
    notify(() -> listener.onConnectionOpened(connection));
  }

  void notifyRefused(SocketAddress client) {
    notify(() -> listener.onConnectionRefused(client));
  }

  void notifyChunkReceived(
      ProxyConnection connection, Direction direction, int bytes, List<Frame> frames) {
    notify(() -> listener.onChunkReceived(connection, direction, bytes, frames));
  }

  void notifyFrameReceived(ProxyConnection connection, Frame frame) {
    notify(() -> listener.onFrameReceived(connection, frame));
  }

  void notifyFrameForwarded(ProxyConnection connection, Frame frame) {
    notify(() -> listener.onFrameForwarded(connection, frame));
  }

  private void notify(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      LOG.warn("proxy {}: listener failed", name, e);
    }
  }

  /** Builds a {@link FaultProxy}. */
  public static final class Builder {
    private final InetSocketAddress upstream;
    private InetSocketAddress listenOn = new InetSocketAddress("127.0.0.1", 0);
    private String name;
    private boolean followProtocol = true;
    private int frameLogSize = 100_000;
    private Duration connectTimeout = Duration.ofSeconds(5);
    private ProxyListener listener = new ProxyListener() {};

    private Builder(InetSocketAddress upstream) {
      this.upstream = Objects.requireNonNull(upstream, "upstream");
    }

    /** Where to listen, e.g. {@code 127.0.0.1:0} (the default) or a free loopback address:port. */
    public Builder listenOn(InetSocketAddress address) {
      this.listenOn = Objects.requireNonNull(address, "address");
      return this;
    }

    /** Where to listen: host and port (0 for an ephemeral one). */
    public Builder listenOn(String host, int port) {
      return listenOn(new InetSocketAddress(host, port));
    }

    /** A name for logs and the thread; defaults to the upstream address. */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Whether to follow the native protocol (the default): false treats the bytes as raw, each read
     * a chunk, and sees no envelopes.
     */
    public Builder followProtocol(boolean follow) {
      this.followProtocol = follow;
      return this;
    }

    /** How many forwarded envelopes the counters keep for {@link ProxyCounters#countForwarded}. */
    public Builder frameLogSize(int frames) {
      if (frames < 0) {
        throw new IllegalArgumentException("frames must not be negative: " + frames);
      }
      this.frameLogSize = frames;
      return this;
    }

    /** How long to wait for the upstream connect of each accepted connection (default 5 s). */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /** Who hears the proxy's events. */
    public Builder listener(ProxyListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Starts the proxy, listening before this returns.
     *
     * @throws IllegalStateException if the address cannot be bound
     */
    public FaultProxy start() {
      if (name == null) {
        name = upstream.getHostString() + ":" + upstream.getPort();
      }
      return new FaultProxy(this).bind(listenOn);
    }
  }
}
