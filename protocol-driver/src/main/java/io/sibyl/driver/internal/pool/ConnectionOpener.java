package io.sibyl.driver.internal.pool;

import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.connection.Connection;
import io.sibyl.driver.internal.protocol.message.Event;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Opens initialized connections; {@code ConnectionFactory::open} in a session, a fake in unit tests
 * of the pool and the control connection.
 */
@FunctionalInterface
public interface ConnectionOpener {
  /**
   * Opens a connection to {@code address}.
   *
   * @param version the protocol version, or null to negotiate
   * @param keyspace the keyspace to {@code USE}, or null
   * @param eventTypes the server events to register for (empty for none)
   * @param eventListener receives those events
   */
  CompletableFuture<Connection> open(
      InetSocketAddress address,
      ProtocolVersion version,
      String keyspace,
      List<String> eventTypes,
      Consumer<Event> eventListener);
}
