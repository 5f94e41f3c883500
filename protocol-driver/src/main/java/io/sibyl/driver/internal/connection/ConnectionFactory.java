package io.sibyl.driver.internal.connection;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.timeout.IdleStateHandler;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.error.ConnectionException;
import io.sibyl.driver.error.UnsupportedProtocolVersionException;
import io.sibyl.driver.internal.protocol.Compressor;
import io.sibyl.driver.internal.protocol.message.Event;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;

/**
 * Opens connections: TCP connect, the pipeline, then the {@link Handshake}. When no protocol
 * version is forced it tries v5 first and falls back to v4 if the node refuses v5.
 *
 * <p>Pipeline, from the socket up: {@value #FRAME_DECODER} (bytes to frames), {@value
 * #FRAME_ENCODER} (frames to bytes), {@value #IDLE} and {@value #HEARTBEAT} (keep idle connections
 * checked), {@value #INFLIGHT} (stream ids and callbacks).
 */
public final class ConnectionFactory {
  /** Pipeline name of the TLS handler, when TLS is on. */
  public static final String SSL = "ssl";

  /** Pipeline name of the frame decoder. */
  public static final String FRAME_DECODER = "frameDecoder";

  /** Pipeline name of the frame encoder. */
  public static final String FRAME_ENCODER = "frameEncoder";

  /** Pipeline name of the idle-state detector that drives heartbeats. */
  public static final String IDLE = "idle";

  /** Pipeline name of the heartbeat handler. */
  public static final String HEARTBEAT = "heartbeat";

  /** Pipeline name of the in-flight request tracker. */
  public static final String INFLIGHT = "inflight";

  private final EventLoopGroup group;

  /**
   * The allocator of every connection's buffers, shared by all sessions: pooled, with 1 MiB chunks.
   * Netty 4.2's default adaptive allocator creates a new NIO view of a buffer for each socket read
   * and write (48 B each: about 128 B per synchronous request), where a pooled buffer keeps its
   * view; 1 MiB chunks (the default pooled allocator's are 4 MiB) keep the direct memory it holds
   * to about 1 MiB per event-loop thread. Measured in docs/performance.md ("Third round: responses
   * decoded in place").
   */
  private static final ByteBufAllocator BUFFERS =
      new PooledByteBufAllocator(
          true,
          0,
          PooledByteBufAllocator.defaultNumDirectArena(),
          PooledByteBufAllocator.defaultPageSize(),
          7,
          PooledByteBufAllocator.defaultSmallCacheSize(),
          PooledByteBufAllocator.defaultNormalCacheSize(),
          false);

  private final Class<? extends Channel> channelClass;
  private final ConnectionOptions options;
  private final Compressor compressor;
  private final AtomicInteger connectionIds = new AtomicInteger();

  /**
   * Creates a factory whose connections run on {@code group}, opened as {@code channelClass} (the
   * socket channel of the group's transport).
   *
   * @throws io.sibyl.driver.DriverException if compression is asked for but lz4-java is missing
   */
  public ConnectionFactory(
      EventLoopGroup group, Class<? extends Channel> channelClass, ConnectionOptions options) {
    this.group = group;
    this.channelClass = channelClass;
    this.options = options;
    this.compressor = options.compression() ? Compressor.lz4() : null;
  }

  /**
   * Opens a connection to {@code address}.
   *
   * @param version the protocol version to use, or null to negotiate (v5, else v4)
   * @param keyspace the keyspace to {@code USE}, or null
   * @param eventTypes the server events to register for (empty for none)
   * @param eventListener receives those events, on the connection's event loop
   */
  public CompletableFuture<Connection> open(
      InetSocketAddress address,
      ProtocolVersion version,
      String keyspace,
      List<String> eventTypes,
      Consumer<Event> eventListener) {
    ProtocolVersion first = version == null ? ProtocolVersion.V5 : version;
    CompletableFuture<Connection> attempt =
        openWith(address, first, keyspace, eventTypes, eventListener);
    if (version != null) {
      return attempt;
    }
    return attempt
        .handle(
            (connection, error) -> {
              if (error != null && unwrap(error) instanceof UnsupportedProtocolVersionException) {
                return openWith(address, ProtocolVersion.V4, keyspace, eventTypes, eventListener);
              }
              return error == null
                  ? CompletableFuture.completedFuture(connection)
                  : CompletableFuture.<Connection>failedFuture(unwrap(error));
            })
        .thenCompose(future -> future);
  }

  private CompletableFuture<Connection> openWith(
      InetSocketAddress address,
      ProtocolVersion version,
      String keyspace,
      List<String> eventTypes,
      Consumer<Event> eventListener) {
    EndpointRouter.Endpoint endpoint;
    try {
      endpoint = options.router().route(address);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    String logPrefix =
        "["
            + options.sessionName()
            + "|"
            + address.getHostString()
            + ":"
            + address.getPort()
            + "|c"
            + connectionIds.getAndIncrement()
            + "]";
    InFlightHandler inFlight =
        new InFlightHandler(
            version, options.maxStreams(), options.maxOrphans(), eventListener, logPrefix);
    int connectMillis = (int) options.connectTimeout().toMillis();
    Bootstrap bootstrap =
        new Bootstrap()
            .group(group)
            .channel(channelClass)
            .option(ChannelOption.TCP_NODELAY, true)
            .option(ChannelOption.SO_KEEPALIVE, true)
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, connectMillis)
            .option(ChannelOption.ALLOCATOR, BUFFERS)
            .handler(
                new io.netty.channel.ChannelInitializer<Channel>() {
                  @Override
                  protected void initChannel(Channel channel) {
                    ChannelPipeline pipeline = channel.pipeline();
                    if (options.sslContext() != null) {
                      pipeline.addLast(
                          SSL, new SslHandler(newEngine(address, endpoint.serverName())));
                    }
                    pipeline.addLast(
                        FRAME_DECODER,
                        new FrameDecoderHandler(compressor, options.maxFrameLength()));
                    pipeline.addLast(FRAME_ENCODER, new FrameEncoderHandler(version, compressor));
                    long heartbeatMillis = options.heartbeatInterval().toMillis();
                    if (heartbeatMillis > 0) {
                      pipeline.addLast(
                          IDLE, new IdleStateHandler(heartbeatMillis, 0, 0, TimeUnit.MILLISECONDS));
                      pipeline.addLast(HEARTBEAT, new HeartbeatHandler(logPrefix));
                    }
                    pipeline.addLast(INFLIGHT, inFlight);
                  }
                });

    CompletableFuture<Connection> result = new CompletableFuture<>();
    ChannelFuture connect = bootstrap.connect(endpoint.dial());
    connect.addListener(
        f -> {
          if (!f.isSuccess()) {
            options.router().dialFailed(endpoint);
            result.completeExceptionally(
                new ConnectionException(
                    logPrefix + " cannot connect: " + f.cause().getMessage(), f.cause()));
            return;
          }
          Channel channel = connect.channel();
          Connection connection = new Connection(channel, version, address, inFlight, logPrefix);
          // The handshake shares the connect timeout; a node that accepts TCP but never answers
          // must not hang the caller.
          io.netty.util.concurrent.ScheduledFuture<?> timeout =
              channel
                  .eventLoop()
                  .schedule(
                      () -> {
                        if (result.completeExceptionally(
                            new ConnectionException(
                                logPrefix
                                    + " handshake did not finish within "
                                    + options.connectTimeout().toMillis()
                                    + " ms"))) {
                          channel.close();
                        }
                      },
                      connectMillis,
                      TimeUnit.MILLISECONDS);
          new Handshake(connection, options, keyspace, eventTypes)
              .run()
              .whenComplete(
                  (ready, error) -> {
                    timeout.cancel(false);
                    if (error == null) {
                      if (!result.complete(ready)) {
                        channel.close();
                      }
                    } else {
                      channel.close();
                      result.completeExceptionally(unwrap(error));
                    }
                  });
        });
    return result;
  }

  private SSLEngine newEngine(InetSocketAddress address, String serverName) {
    SSLEngine engine =
        options.sslContext().createSSLEngine(address.getHostString(), address.getPort());
    engine.setUseClientMode(true);
    if (options.hostnameVerification() || serverName != null) {
      SSLParameters parameters = engine.getSSLParameters();
      if (options.hostnameVerification()) {
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
      }
      if (serverName != null) {
        // A proxy routes on this name (a node's host id), so it is sent even though it is not a
        // DNS name the JDK would send on its own.
        parameters.setServerNames(List.of(new SNIHostName(serverName)));
      }
      engine.setSSLParameters(parameters);
    }
    return engine;
  }

  static Throwable unwrap(Throwable error) {
    while (error instanceof CompletionException && error.getCause() != null) {
      error = error.getCause();
    }
    return error;
  }
}
