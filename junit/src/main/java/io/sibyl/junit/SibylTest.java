package io.sibyl.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that talks to Cassandra: its test and lifecycle methods can take a connected {@code
 * Session}, a {@code Mapper}, the {@code CassandraCluster} and the keyspace name
 * ({@code @TestKeyspace String}) as parameters.
 *
 * <p>The cluster is an embedded node shared by every test class of the JVM (or the cluster that
 * {@code SIBYL_CONTACT_POINTS} names; add {@link io.sibyl.embedded.junit.WithCassandra} for more
 * nodes, authentication or TLS). Each test class gets a fresh keyspace of its own, dropped after
 * the class, and a session that uses it, closed after the class; with {@link #keyspacePerTest()}
 * each test method gets its own instead. {@link CassandraScripts} run in the fresh keyspace before
 * the tests; a {@code Mapper} parameter comes with the schema of {@link #entities()} applied.
 *
 * <pre>{@code
 * @SibylTest(entities = User.class)
 * class UserRepositoryTest {
 *   @Test
 *   void saves_and_reads(Mapper mapper) {
 *     UserRepository users = mapper.repository(UserRepository.class);
 *     ...
 *   }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(SibylExtension.class)
public @interface SibylTest {
  /**
   * Whether each test method gets a keyspace (and session) of its own instead of sharing the
   * class's. Default false: one per class, which is faster.
   */
  boolean keyspacePerTest() default false;

  /**
   * The {@code @Table} entities (and {@code @Udt} types) whose tables an injected {@code Mapper}
   * creates in the fresh keyspace. Empty: every entity whose generated model is on the class path.
   */
  Class<?>[] entities() default {};

  /** The replication of the fresh keyspaces, as CQL. Default: SimpleStrategy, one replica. */
  String replication() default "{'class': 'SimpleStrategy', 'replication_factor': 1}";
}
