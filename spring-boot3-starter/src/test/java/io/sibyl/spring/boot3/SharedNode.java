package io.sibyl.spring.boot3;

import io.sibyl.embedded.EmbeddedCassandra;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one embedded node that this module's integration tests share, started on first use and closed
 * when the test run ends.
 */
final class SharedNode implements BeforeAllCallback {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SharedNode.class);

  private static volatile EmbeddedCassandra cassandra;

  @Override
  public void beforeAll(ExtensionContext context) {
    cassandra =
        context
            .getRoot()
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(
                Holder.class, key -> new Holder(EmbeddedCassandra.builder().start()), Holder.class)
            .cassandra;
  }

  /** The shared node's address; only after {@link #beforeAll}. */
  static InetSocketAddress address() {
    return cassandra.contactPoints().get(0);
  }

  /** {@code sibyl.contact-points=host:port} of the shared node. */
  static String contactPointsProperty() {
    return "sibyl.contact-points=" + address().getHostString() + ":" + address().getPort();
  }

  private record Holder(EmbeddedCassandra cassandra)
      implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    @Override
    public void close() {
      cassandra.close();
    }
  }
}
