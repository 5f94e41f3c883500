package io.sibyl.it.schema;

import io.sibyl.driver.Session;
import io.sibyl.mapper.Mapper;
import java.time.Duration;

/**
 * A separate process that expands the schema of {@link KillEvent} under a short schema lock lease,
 * for tests that kill it half way. Prints {@code RESULT OK} or {@code RESULT <error>} and exits
 * with 0 or 3.
 *
 * <p>Arguments: contact points, local data center, keyspace (see {@link ChildSession}), an unused
 * folder, lease seconds.
 */
public final class ExpandChild {

  private ExpandChild() {}

  /** Expands once. */
  public static void main(String[] args) {
    int lease = Integer.parseInt(args[4]);
    int code = 0;
    try (Session session = ChildSession.open(args);
        Mapper mapper =
            Mapper.builder(session)
                .schemaEntities(KillEvent.class)
                .schemaLock(
                    Duration.ofSeconds(lease),
                    Duration.ofMillis(lease * 1000L / 3),
                    Duration.ofSeconds(30))
                .build()) {
      mapper.schema().apply();
      System.out.println("RESULT OK");
    } catch (RuntimeException e) {
      System.out.println("RESULT " + e.getClass().getName() + ": " + e.getMessage());
      code = 3;
    }
    System.out.flush();
    System.exit(code);
  }
}
