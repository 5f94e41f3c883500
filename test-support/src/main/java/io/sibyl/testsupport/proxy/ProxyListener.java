package io.sibyl.testsupport.proxy;

import java.net.SocketAddress;
import java.util.List;

/**
 * Hears what a {@link FaultProxy} does. Methods are called on the proxy's I/O thread: they must be
 * quick and must not block (record, count, complete a future). An exception thrown is logged and
 * ignored.
 */
public interface ProxyListener {
  /** A client's connection was accepted and its upstream connection is open. */
  default void onConnectionOpened(ProxiedConnection connection) {}

  /** Both sockets of a proxied connection are closed. */
  default void onConnectionClosed(ProxiedConnection connection) {}

  /** A client's connection was refused (see {@link RefuseMode}), or its upstream connect failed. */
  default void onConnectionRefused(SocketAddress client) {}

  /**
   * A chunk (an envelope, a v5 segment or a raw read; see {@link FaultRule}) arrived, before any
   * rule acted on it; {@code frames} are the envelopes starting in it (none when they cannot be
   * seen, e.g. in compressed segments). A rule set here on {@code connection} acts on the next
   * chunks, e.g. on the response of the request just seen.
   */
  default void onChunkReceived(
      ProxiedConnection connection, Direction direction, int bytes, List<Frame> frames) {}

  /** An envelope arrived (before any rule acted on it). */
  default void onFrameReceived(ProxiedConnection connection, Frame frame) {}

  /** An envelope was forwarded whole (possibly with flipped bits) to the other side. */
  default void onFrameForwarded(ProxiedConnection connection, Frame frame) {}
}
