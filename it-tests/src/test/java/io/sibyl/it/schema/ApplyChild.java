package io.sibyl.it.schema;

import io.sibyl.driver.Session;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.schema.Migration;
import io.sibyl.mapper.schema.SchemaChange;

/**
 * A separate process that, at a given instant, applies the migrations of a folder and expands the
 * schema of {@link FleetEvent}. Prints one {@code MIGRATED <version>} and {@code APPLIED <target>}
 * line per change it made, then {@code RESULT OK} (exit 0) or {@code RESULT <error>} (exit 3).
 *
 * <p>Arguments: contact points, local data center, keyspace (see {@link ChildSession}), migration
 * folder, start instant (epoch millis).
 */
public final class ApplyChild {

  private ApplyChild() {}

  /** Applies once. */
  public static void main(String[] args) throws InterruptedException {
    int code = 0;
    try (Session session = ChildSession.open(args)) {
      Mapper mapper =
          Mapper.builder(session).migrations(args[3]).schemaEntities(FleetEvent.class).build();
      long wait = Long.parseLong(args[4]) - System.currentTimeMillis();
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
