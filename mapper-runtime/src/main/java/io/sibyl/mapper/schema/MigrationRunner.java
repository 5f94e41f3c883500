package io.sibyl.mapper.schema;

import io.sibyl.driver.Row;
import io.sibyl.driver.Session;
import io.sibyl.mapper.MapperException;
import io.sibyl.mapper.generated.CqlNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies pending migrations once each, in version order, and records them with their checksum in
 * {@code sibyl_schema_history}. Callers hold the keyspace's schema lock.
 */
final class MigrationRunner {

  static final String HISTORY_TABLE = "sibyl_schema_history";
  private static final Logger LOG = LoggerFactory.getLogger(MigrationRunner.class);

  private final Session session;
  private final String history;

  MigrationRunner(Session session, String keyspace) {
    this.session = session;
    this.history = CqlNames.qualify(keyspace, HISTORY_TABLE);
  }

  /**
   * Applies the migrations not yet recorded.
   *
   * @return the ones applied now
   * @throws MigrationChecksumException if an applied file changed since; nothing is applied then
   */
  List<Migration> migrate(List<Migration> migrations) {
    session.execute(
        "CREATE TABLE IF NOT EXISTS "
            + history
            + " (version text PRIMARY KEY, description text, resource text, checksum text,"
            + " applied_at timestamp, duration_ms bigint)");
    Map<String, String> applied = new HashMap<>();
    for (Row row : session.execute("SELECT version, checksum FROM " + history)) {
      applied.put(row.getString("version"), row.getString("checksum"));
    }
    List<String> changed = new ArrayList<>();
    for (Migration migration : migrations) {
      String checksum = applied.get(migration.version());
      if (checksum != null && !checksum.equals(migration.checksum())) {
        changed.add(
            migration.resource()
                + " (recorded checksum "
                + checksum
                + ", file now "
                + migration.checksum()
                + ")");
      }
    }
    if (!changed.isEmpty()) {
      throw new MigrationChecksumException(changed);
    }
    List<Migration> done = new ArrayList<>();
    for (Migration migration : migrations) {
      if (!applied.containsKey(migration.version())) {
        run(migration);
        done.add(migration);
      }
    }
    return done;
  }

  private void run(Migration migration) {
    long start = System.nanoTime();
    List<String> statements = migration.statements();
    for (int i = 0; i < statements.size(); i++) {
      try {
        session.execute(statements.get(i));
      } catch (RuntimeException e) {
        throw new MapperException(
            "Migration "
                + migration.resource()
                + " failed at statement "
                + (i + 1)
                + " of "
                + statements.size()
                + " ("
                + e.getMessage()
                + "); the statements before it were applied and it is not recorded: make the"
                + " rest of the script idempotent (IF NOT EXISTS) or finish it by hand, then"
                + " run again",
            e);
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    session.execute(
        "INSERT INTO "
            + history
            + " (version, description, resource, checksum, applied_at, duration_ms)"
            + " VALUES (?, ?, ?, ?, toTimestamp(now()), ?)",
        migration.version(),
        migration.description(),
        migration.resource(),
        migration.checksum(),
        millis);
    LOG.info(
        "Applied migration {} ({}) in {} ms: {} statement(s)",
        migration.resource(),
        migration.description(),
        millis,
        statements.size());
  }
}
