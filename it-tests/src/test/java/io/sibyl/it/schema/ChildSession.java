package io.sibyl.it.schema;

import io.sibyl.driver.Session;
import io.sibyl.driver.SessionBuilder;
import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * Opens the session of a child process ({@link MigrationChild}, {@link ApplyChild}) from its
 * leading arguments: contact points as {@code host:port[,host:port...]}, local data center and
 * keyspace; {@code SIBYL_USERNAME} / {@code SIBYL_PASSWORD} in the environment when the cluster
 * needs them.
 */
final class ChildSession {

  private ChildSession() {}

  /** A session to the cluster named by {@code args[0..2]}, using the keyspace. */
  static Session open(String[] args) {
    SessionBuilder builder = Session.builder();
    for (String hostAndPort : args[0].split(",")) {
      int colon = hostAndPort.lastIndexOf(':');
      builder.addContactPoint(
          new InetSocketAddress(
              hostAndPort.substring(0, colon), Integer.parseInt(hostAndPort.substring(colon + 1))));
    }
    builder
        .localDatacenter(args[1])
        .keyspace(args[2])
        // Several JVMs start at once on a busy machine: give the handshake time.
        .connectTimeout(Duration.ofSeconds(30))
        .requestTimeout(Duration.ofSeconds(30));
    String user = System.getenv("SIBYL_USERNAME");
    if (user != null) {
      builder.credentials(user, System.getenv("SIBYL_PASSWORD"));
    }
    return builder.build();
  }
}
