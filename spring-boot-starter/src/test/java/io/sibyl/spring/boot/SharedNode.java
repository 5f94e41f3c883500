package io.sibyl.spring.boot;

import io.sibyl.embedded.EmbeddedCassandra;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one embedded node that the integration tests of this JVM share (apart from those that start
 * and stop their own), started on first use and closed when the test run ends.
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

  /** The shared node; only after {@link #beforeAll}. */
  static EmbeddedCassandra cassandra() {
    return cassandra;
  }

  /** {@code sibyl.contact-points=host:port} of the shared node. */
  static String contactPointsProperty() {
    var address = cassandra.contactPoints().get(0);
    return "sibyl.contact-points=" + address.getHostString() + ":" + address.getPort();
  }

  private record Holder(EmbeddedCassandra cassandra)
      implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    @Override
    public void close() {
      cassandra.close();
    }
  }
}
