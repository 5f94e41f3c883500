package io.sibyl.it.schema;

import io.sibyl.driver.Session;
import io.sibyl.driver.SessionBuilder;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.schema.Migration;
import io.sibyl.mapper.schema.SchemaChange;
import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * A separate process that, at a given instant, applies the migrations of a folder and expands the
 * schema of {@link FleetEvent}. Prints one {@code MIGRATED <version>} and {@code APPLIED <target>}
 * line per change it made, then {@code RESULT OK} (exit 0) or {@code RESULT <error>} (exit 3).
 *
 * <p>Arguments: host, port, local data center, keyspace, migration folder, start instant (epoch
 * millis); {@code SIBYL_USERNAME} / {@code SIBYL_PASSWORD} in the environment when needed.
 */
public final class ApplyChild {

  private ApplyChild() {}

  /** Applies once. */
  public static void main(String[] args) throws InterruptedException {
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
    int code = 0;
    try (Session session = builder.build()) {
      Mapper mapper =
          Mapper.builder(session).migrations(args[4]).schemaEntities(FleetEvent.class).build();
      long wait = Long.parseLong(args[5]) - System.currentTimeMillis();
      if (wait > 0) {
        Thread.sleep(wait);
      }
      for (Migration migration : mapper.schema().migrate()) {
        System.out.println("MIGRATED " + migration.version());
      }
      for (SchemaChange change : mapper.schema().apply().changes()) {
        System.out.println("APPLIED " + change.target());
      }
      mapper.close();
      System.out.println("RESULT OK");
    } catch (RuntimeException e) {
      System.out.println("RESULT " + e.getClass().getName() + ": " + e.getMessage());
      code = 3;
    }
    System.out.flush();
    System.exit(code);
  }
}
