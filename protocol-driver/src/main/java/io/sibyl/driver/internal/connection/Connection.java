package io.sibyl.driver.internal.connection;

import io.netty.channel.Channel;
import io.netty.util.internal.PlatformDependent;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.error.ConnectionException;
import io.sibyl.driver.error.ProtocolException;
import io.sibyl.driver.internal.protocol.message.Error;
import io.sibyl.driver.internal.protocol.message.Query;
import io.sibyl.driver.internal.protocol.message.QueryOptions;
import io.sibyl.driver.internal.protocol.message.SetKeyspaceResult;
import io.sibyl.driver.internal.util.ErrorMapper;
import io.sibyl.driver.type.CqlLiterals;
import java.net.InetSocketAddress;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One open, initialized connection to a node: a facade over a Netty channel whose pipeline is set
 * up by {@link ConnectionFactory}.
 *
 * <p>{@link #write} may be called from any thread. Writes are queued and drained by one task on the
 * channel's event loop, which flushes once for everything queued meanwhile: under load many
 * requests share one flush (one system call) instead of one each.
 */
public final class Connection {
  private final Channel channel;
  private final ProtocolVersion version;
  private final InetSocketAddress address;
  private final InFlightHandler inFlight;
  private final String logPrefix;
  private final Queue<OutboundRequest> pending = PlatformDependent.newMpscQueue();
  private final AtomicBoolean drainScheduled = new AtomicBoolean();
  private final Runnable drain = this::drain;
  private final CompletableFuture<Void> closeFuture = new CompletableFuture<>();
  private volatile String keyspace;

  Connection(
      Channel channel,
      ProtocolVersion version,
      InetSocketAddress address,
      InFlightHandler inFlight,
      String logPrefix) {
    this.channel = channel;
    this.version = version;
    this.address = address;
    this.inFlight = inFlight;
    this.logPrefix = logPrefix;
    channel.closeFuture().addListener(f -> closeFuture.complete(null));
  }

  /** Sends a request; its callback is told the outcome on the event loop. */
  public void write(OutboundRequest request) {
    pending.offer(request);
    if (!drainScheduled.get() && drainScheduled.compareAndSet(false, true)) {
      channel.eventLoop().execute(drain);
    }
  }

  private void drain() {
    drainScheduled.set(false);
    OutboundRequest request;
    boolean wrote = false;
    while ((request = pending.poll()) != null) {
      if (channel.isActive()) {
        channel.write(request, channel.voidPromise());
        wrote = true;
      } else {
        request.onFailure(new ConnectionException(logPrefix + " connection is closed"));
      }
    }
    if (wrote) {
      channel.flush();
    }
  }

  /**
   * Gives up on a request that timed out: it will not be told its outcome, and its stream id is
   * freed when the late response arrives (or the connection closes).
   */
  public void abandon(ResponseCallback request) {
    channel
        .eventLoop()
        .execute(
            // A request still queued is not in a slot yet: the scan misses it, it is written
            // later, and its response is simply ignored by its callback.
            () -> inFlight.abandon(channel.pipeline().context(inFlight), request));
  }

  /** Requests in flight on this connection (approximate when read off the event loop). */
  public int inFlight() {
    return inFlight.inFlight();
  }

  /** The negotiated protocol version. */
  public ProtocolVersion protocolVersion() {
    return version;
  }

  /** The node's address. */
  public InetSocketAddress address() {
    return address;
  }

  /** The keyspace this connection uses ({@code USE}), or null. */
  public String keyspace() {
    return keyspace;
  }

  /**
   * Switches this connection to {@code newKeyspace} with a {@code USE} statement; completes when
   * the node confirmed it.
   */
  public CompletableFuture<Void> use(String newKeyspace) {
    String use = "USE " + CqlLiterals.identifier(newKeyspace);
    return PendingResponse.send(this, new Query(use, QueryOptions.of(1)))
        .thenAccept(
            response -> {
              if (response.message() instanceof Error error) {
                throw ErrorMapper.toException(error, address, use);
              }
              if (!(response.message() instanceof SetKeyspaceResult)) {
                throw new ProtocolException(
                    logPrefix + " unexpected answer to " + use + ": " + response.message());
              }
              keyspace = newKeyspace;
            });
  }

  /** Whether the channel is open. */
  public boolean isOpen() {
    return channel.isActive();
  }

  /** Closes the connection; requests in flight fail with a {@link ConnectionException}. */
  public CompletableFuture<Void> close() {
    channel.close();
    return closeFuture;
  }

  /** Completes when the connection is closed, for whatever reason. */
  public CompletableFuture<Void> closeFuture() {
    return closeFuture;
  }

  /** The prefix of this connection's log lines, e.g. {@code [s0|127.0.0.1:9042|c3]}. */
  public String logPrefix() {
    return logPrefix;
  }

  Channel channel() {
    return channel;
  }

  @Override
  public String toString() {
    return logPrefix;
  }
}
