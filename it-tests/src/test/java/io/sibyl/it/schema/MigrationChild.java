package io.sibyl.it.schema;

import io.sibyl.driver.Session;
import io.sibyl.mapper.Mapper;
import java.time.Duration;

/**
 * A separate process that applies the migrations of a folder under a short schema lock lease, for
 * tests that kill or pause it. Prints {@code RESULT OK} or {@code RESULT <exception class>:
 * <message>} and exits with 0 or 3.
 *
 * <p>Arguments: contact points, local data center, keyspace (see {@link ChildSession}), migration
 * folder, lease seconds, and optionally a version to repair before migrating (what an operator does
 * after a holder died half way through that migration); it prints {@code REPAIRED <version>} then.
 */
public final class MigrationChild {

  private MigrationChild() {}

  /** Runs the migrations once (after the repair, if one is asked). */
  public static void main(String[] args) {
    int lease = Integer.parseInt(args[4]);
    int code = 0;
    try (Session session = ChildSession.open(args)) {
      Mapper mapper =
          Mapper.builder(session)
              .migrations(args[3])
              .schemaEntities(Void.class)
              .schemaLock(
                  Duration.ofSeconds(lease),
                  Duration.ofMillis(lease * 1000L / 3),
                  Duration.ofSeconds(30))
              .build();
      if (args.length > 5) {
        mapper.schema().repair(args[5]);
        System.out.println("REPAIRED " + args[5]);
      }
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
