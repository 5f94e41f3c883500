package io.sibyl.it.schema;

import io.sibyl.driver.Session;
import io.sibyl.driver.SessionBuilder;
import io.sibyl.mapper.Mapper;
import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * A separate process that applies the migrations of a folder under a short schema lock lease, for
 * tests that kill or pause it. Prints {@code RESULT OK} or {@code RESULT <exception class>:
 * <message>} and exits with 0 or 3.
 *
 * <p>Arguments: host, port, local data center, keyspace, migration folder, lease seconds; the
 * environment variables {@code SIBYL_USERNAME} and {@code SIBYL_PASSWORD} when the cluster needs
 * them.
 */
public final class MigrationChild {

  private MigrationChild() {}

  /** Runs the migrations once. */
  public static void main(String[] args) {
    SessionBuilder builder =
        Session.builder()
            .addContactPoint(new InetSocketAddress(args[0], Integer.parseInt(args[1])))
            .localDatacenter(args[2])
            .keyspace(args[3])
            // Several JVMs start at once on a busy machine: give the handshake time.
            .connectTimeout(Duration.ofSeconds(30))
            .requestTimeout(Duration.ofSeconds(30));
    String user = System.getenv("SIBYL_USERNAME");
    if (user != null) {
      builder.credentials(user, System.getenv("SIBYL_PASSWORD"));
    }
    int lease = Integer.parseInt(args[5]);
    int code = 0;
    try (Session session = builder.build()) {
      Mapper mapper =
          Mapper.builder(session)
              .migrations(args[4])
              .schemaEntities(Void.class)
              .schemaLock(
                  Duration.ofSeconds(lease),
                  Duration.ofMillis(lease * 1000L / 3),
                  Duration.ofSeconds(30))
              .build();
      mapper.schema().migrate();
      System.out.println("RESULT OK");
    } catch (RuntimeException e) {
      System.out.println("RESULT " + e.getClass().getName() + ": " + e.getMessage());
      code = 3;
    }
    System.out.flush();
    System.exit(code);
  }
}
