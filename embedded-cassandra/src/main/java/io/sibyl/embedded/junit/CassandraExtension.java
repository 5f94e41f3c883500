package io.sibyl.embedded.junit;

import io.sibyl.embedded.CassandraCluster;
import io.sibyl.embedded.CassandraClusters;
import io.sibyl.embedded.EmbeddedCassandra;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Resolves {@link CassandraCluster} parameters with one cluster per shape ({@link WithCassandra}
 * attributes) per test JVM, started on first use by {@link
 * CassandraClusters#fromEnvironment(EmbeddedCassandra.Builder)}.
 *
 * <p>The clusters live in the root {@link ExtensionContext}'s store, so JUnit closes them (stopping
 * the nodes and deleting their data) when the whole run ends; a JVM shutdown hook covers runs that
 * end abruptly. Tests share a cluster: each should use its own keyspace.
 *
 * <p>Use it through {@link WithCassandra}, or with {@code @ExtendWith(CassandraExtension.class)}
 * for a default one-node cluster. Other extensions can reach the same cluster through {@link
 * #cluster(ExtensionContext)}.
 */
public final class CassandraExtension implements ParameterResolver {

  private static final Namespace NAMESPACE = Namespace.create(CassandraExtension.class);

  /** Creates the extension; JUnit does this for {@code @ExtendWith}. */
  public CassandraExtension() {}

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == CassandraCluster.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return cluster(context);
  }

  /**
   * The shared cluster for the test class of {@code context}, started if it is the first to ask for
   * its shape.
   *
   * @param context any context of the test class (class, method or lifecycle method)
   * @return the cluster; do not close it
   */
  public static CassandraCluster cluster(ExtensionContext context) {
    Shape shape = Shape.of(context.getTestClass());
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            shape, key -> CassandraClusters.fromEnvironment(key.builder()), CassandraCluster.class);
  }

  /** What a test class asked for; the store key of its cluster. */
  private record Shape(int nodes, boolean authentication, boolean clientTls) {

    /** From {@link WithCassandra} on the test class or, for a nested class, an enclosing one. */
    static Shape of(Optional<Class<?>> testClass) {
      for (Class<?> type = testClass.orElse(null); type != null; type = type.getEnclosingClass()) {
        Optional<WithCassandra> found = AnnotationSupport.findAnnotation(type, WithCassandra.class);
        if (found.isPresent()) {
          WithCassandra shape = found.get();
          return new Shape(shape.nodes(), shape.authentication(), shape.clientTls());
        }
      }
      return new Shape(1, false, false);
    }

    EmbeddedCassandra.Builder builder() {
      return EmbeddedCassandra.builder()
          .nodes(nodes)
          .authentication(authentication)
          .clientTls(clientTls);
    }
  }
}
