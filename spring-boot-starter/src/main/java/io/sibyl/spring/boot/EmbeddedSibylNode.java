package io.sibyl.spring.boot;

import io.sibyl.embedded.EmbeddedCassandra;
import java.net.InetSocketAddress;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded Cassandra node that {@link SibylEmbeddedCassandraAutoConfiguration} starts when no
 * contact point is configured; the session connects to it. {@link #close()} stops it.
 */
public final class EmbeddedSibylNode implements SibylConnectionDetails, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSibylNode.class);

  private final EmbeddedCassandra cassandra;

  private EmbeddedSibylNode(EmbeddedCassandra cassandra) {
    this.cassandra = cassandra;
  }

  /** Starts a node with these settings, and logs where it listens. */
  static EmbeddedSibylNode start(EmbeddedCassandra.Builder builder) {
    LOG.info(
        "No sibyl.contact-points set and sibyl-embedded-cassandra is on the class path: starting an"
            + " embedded Cassandra node for development (sibyl.embedded.enabled=false turns this"
            + " off)");
    EmbeddedCassandra cassandra = builder.start();
    LOG.info(
        "Embedded Cassandra {} started at {} (data center {}, files in {}); it stops with the"
            + " application",
        cassandra.cassandraVersion(),
        cassandra.contactPoints(),
        cassandra.localDatacenter(),
        cassandra.directory());
    return new EmbeddedSibylNode(cassandra);
  }

  /** The embedded cluster, to stop or inspect its node. */
  public EmbeddedCassandra cassandra() {
    return cassandra;
  }

  @Override
  public List<InetSocketAddress> contactPoints() {
    return cassandra.contactPoints();
  }

  @Override
  public String localDatacenter() {
    return cassandra.localDatacenter();
  }

  @Override
  public String username() {
    return cassandra.username();
  }

  @Override
  public String password() {
    return cassandra.password();
  }

  /** Stops the node and deletes its files. */
  @Override
  public void close() {
    LOG.info("Stopping the embedded Cassandra node at {}", cassandra.contactPoints());
    cassandra.close();
  }
}
