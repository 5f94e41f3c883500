package io.sibyl.embedded.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a test class a Cassandra cluster, shared by every class of the test JVM that asks for the
 * same shape: declare a {@link io.sibyl.embedded.CassandraCluster} parameter on a test, lifecycle
 * method or constructor.
 *
 * <pre>{@code
 * @WithCassandra(nodes = 3)
 * class TokenAwareRoutingIT {
 *   @Test
 *   void routes_to_replica(CassandraCluster cassandra) {
 *     connect(cassandra.contactPoints(), cassandra.localDatacenter());
 *   }
 * }
 * }</pre>
 *
 * <p>The backend comes from the environment (see {@link io.sibyl.embedded.CassandraClusters}); the
 * attributes here describe the embedded cluster and decide whether Testcontainers fits. See {@link
 * CassandraExtension}.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@ExtendWith(CassandraExtension.class)
public @interface WithCassandra {

  /** Number of nodes, 1 to 3. */
  int nodes() default 1;

  /** Whether PasswordAuthenticator is on (log in as {@code cassandra}/{@code cassandra}). */
  boolean authentication() default false;

  /**
   * Whether clients must connect with TLS (see {@link io.sibyl.embedded.CassandraCluster#tls()}).
   */
  boolean clientTls() default false;
}
