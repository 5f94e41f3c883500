package io.sibyl.bench.responder;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal in-process server of the CQL native protocol (v4 and v5, optionally LZ4) that answers
 * every request at once with a canned response: STARTUP, OPTIONS, REGISTER, QUERY (the system
 * tables drivers read when connecting, USE, anything else empty), PREPARE and EXECUTE of the {@link
 * CannedStatement}s it was given. With the server's work reduced to copying bytes, a load test
 * against it measures the client.
 *
 * <pre>{@code
 * try (NativeProtocolResponder responder = NativeProtocolResponder.start(statements)) {
 *   Session session = Session.builder().addContactPoint(responder.address()).build();
 * }
 * }</pre>
 *
 * <p>Its I/O runs on one thread, whose ids {@link #threadIds()} gives so that a measurement can
 * leave the responder's CPU and allocations out.
 */
public final class NativeProtocolResponder implements AutoCloseable {
  private static final AtomicInteger INSTANCES = new AtomicInteger();

  private final EventLoopGroup group;
  private final Channel serverChannel;
  private final Set<Long> threadIds;

  private NativeProtocolResponder(
      EventLoopGroup group, Channel serverChannel, Set<Long> threadIds) {
    this.group = group;
    this.serverChannel = serverChannel;
    this.threadIds = threadIds;
  }

  /**
   * Starts a responder on a free port of 127.0.0.1.
   *
   * @param statements the statements it can prepare and execute
   */
  public static NativeProtocolResponder start(List<CannedStatement> statements) {
    Set<Long> threadIds = ConcurrentHashMap.newKeySet();
    String prefix = "responder" + INSTANCES.getAndIncrement() + "-io-";
    AtomicInteger threadCount = new AtomicInteger();
    ThreadFactory threads =
        task -> {
          Thread thread =
              new Thread(
                  () -> {
                    threadIds.add(Thread.currentThread().getId());
                    task.run();
                  },
                  prefix + threadCount.getAndIncrement());
          thread.setDaemon(true);
          return thread;
        };
    EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, threads, NioIoHandler.newFactory());
    try {
      InetSocketAddress bindAddress = new InetSocketAddress("127.0.0.1", 0);
      Initializer initializer = new Initializer(statements);
      Channel channel =
          new ServerBootstrap()
              .group(group)
              .channel(NioServerSocketChannel.class)
              .childOption(ChannelOption.TCP_NODELAY, true)
              .childHandler(initializer)
              .bind(bindAddress)
              .syncUninterruptibly()
              .channel();
      NativeProtocolResponder responder = new NativeProtocolResponder(group, channel, threadIds);
      initializer.catalogFor(responder.address());
      return responder;
    } catch (RuntimeException e) {
      group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
      throw e;
    }
  }

  /** The address clients connect to. */
  public InetSocketAddress address() {
    return (InetSocketAddress) serverChannel.localAddress();
  }

  /** The ids of the responder's threads (a live view). */
  public Set<Long> threadIds() {
    return threadIds;
  }

  /** Closes every connection and stops the responder's thread. */
  @Override
  public void close() {
    serverChannel.close().syncUninterruptibly();
    group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
  }

  private static final class Initializer extends ChannelInitializer<SocketChannel> {
    private final List<CannedStatement> statements;
    private volatile ResponderCatalog catalog;

    Initializer(List<CannedStatement> statements) {
      this.statements = List.copyOf(statements);
    }

    void catalogFor(InetSocketAddress address) {
      catalog = new ResponderCatalog(statements, address.getAddress(), address.getPort());
    }

    @Override
    protected void initChannel(SocketChannel channel) {
      channel.pipeline().addLast(new ResponderConnection(catalog));
    }
  }
}
