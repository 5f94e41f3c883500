package io.sibyl.mapper.schema;

import io.sibyl.driver.Row;
import io.sibyl.driver.Session;
import io.sibyl.driver.SimpleStatement;
import io.sibyl.driver.error.InvalidQueryException;
import io.sibyl.mapper.MapperException;
import io.sibyl.mapper.generated.CqlNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies pending migrations exactly once each, in version order, or refuses loudly. Each is
 * recorded in {@code sibyl_schema_history} as {@code STARTED} (with the holder's lock token and the
 * checksum, by a lightweight transaction) before its first statement and as {@code DONE} after its
 * last; a row left {@code STARTED} stops every later run until it is repaired. Callers hold the
 * keyspace's schema lock, whose lease is confirmed before every statement.
 */
final class MigrationRunner {

  static final String HISTORY_TABLE = "sibyl_schema_history";
  private static final Logger LOG = LoggerFactory.getLogger(MigrationRunner.class);
  private static final String STATE_COLUMNS =
      "state text, holder text, started_at timestamp, statements_done int, statements_total int";

  private final Bookkeeping bookkeeping;
  private final String keyspace;
  private final String history;

  MigrationRunner(Bookkeeping bookkeeping, String keyspace) {
    this.bookkeeping = bookkeeping;
    this.keyspace = keyspace;
    this.history = CqlNames.qualify(keyspace, HISTORY_TABLE);
  }

  /**
   * The migrations to run now, given what the history holds.
   *
   * @throws MigrationIncompleteException if a migration was started and not finished
   * @throws MigrationChecksumException if an applied file changed since
   * @throws MigrationOrderException if a pending version is lower than an applied one and that is
   *     not allowed
   */
  static List<Migration> pending(
      List<Migration> found, Map<String, MigrationRecord> recorded, boolean outOfOrder) {
    for (MigrationRecord record : recorded.values()) {
      if (!record.applied()) {
        throw new MigrationIncompleteException(record.version(), describe(record));
      }
    }
    List<String> changed = new ArrayList<>();
    List<Migration> pending = new ArrayList<>();
    for (Migration migration : found) {
      MigrationRecord record = recorded.get(migration.version());
      if (record == null) {
        pending.add(migration);
      } else if (record.checksum() != null && !record.checksum().equals(migration.checksum())) {
        changed.add(
            migration.resource()
                + " (recorded checksum "
                + record.checksum()
                + ", file now "
                + migration.checksum()
                + ")");
      }
    }
    if (!changed.isEmpty()) {
      throw new MigrationChecksumException(changed);
    }
    String highest = null;
    for (MigrationRecord record : recorded.values()) {
      if (highest == null || compare(record.version(), highest) > 0) {
        highest = record.version();
      }
    }
    if (!outOfOrder && highest != null) {
      String top = highest;
      List<String> late =
          pending.stream()
              .filter(m -> compare(m.version(), top) < 0)
              .map(Migration::resource)
              .toList();
      if (!late.isEmpty()) {
        throw new MigrationOrderException(late, highest);
      }
    }
    return pending;
  }

  private static int compare(String a, String b) {
    return new Migration(a, "", "", "").compareTo(new Migration(b, "", "", ""));
  }

  private static String describe(MigrationRecord record) {
    return record.resource()
        + " was started by lock holder "
        + record.holder()
        + (record.startedAt() == null ? "" : " at " + record.startedAt())
        + " and completed "
        + record.statementsDone()
        + " of its "
        + record.statementsTotal()
        + " statement(s)";
  }

  /** Whether the history table exists. */
  boolean exists() {
    return bookkeeping.hasTable(keyspace, HISTORY_TABLE);
  }

  /** Creates the history table, or adds the state columns to one from an older version. */
  void ensureHistory(SchemaLock lock) {
    bookkeeping.ensureTable(
        keyspace,
        HISTORY_TABLE,
        "(version text PRIMARY KEY, description text, resource text, checksum text,"
            + " applied_at timestamp, duration_ms bigint, "
            + STATE_COLUMNS
            + ")");
    boolean hasState =
        bookkeeping
            .session()
            .metadata()
            .keyspace(keyspace)
            .flatMap(k -> k.table(HISTORY_TABLE))
            .map(t -> t.columns().containsKey("state"))
            .orElse(true);
    if (!hasState) {
      lock.run("ALTER TABLE " + history + " ADD (" + STATE_COLUMNS + ")");
    }
  }

  /**
   * The history by version: read at the bookkeeping consistency, and any unfinished row read again
   * linearizably (it may be a start whose lightweight transaction is still completing).
   */
  Map<String, MigrationRecord> read() {
    // Read from the nodes whatever this session's metadata says: it may not show yet a table that
    // another instance just created (then a migration that instance already ran would look
    // pending).
    try {
      return readRows();
    } catch (InvalidQueryException e) {
      // The coordinator does not know the table (or keyspace): absent, or created so recently that
      // the nodes do not agree yet. Wait for agreement before concluding that nothing is recorded.
      bookkeeping.session().refreshSchema();
      if (!exists()) {
        return new LinkedHashMap<>();
      }
      return readRows();
    }
  }

  private Map<String, MigrationRecord> readRows() {
    Map<String, MigrationRecord> recorded = new LinkedHashMap<>();
    for (Row row : bookkeeping.execute("SELECT * FROM " + history)) {
      MigrationRecord record = toRecord(row);
      if (!record.applied()) {
        Row current =
            bookkeeping
                .serialRead("SELECT * FROM " + history + " WHERE version = ?", record.version())
                .one();
        if (current == null) {
          continue;
        }
        record = toRecord(current);
      }
      recorded.put(record.version(), record);
    }
    return recorded;
  }

  private static MigrationRecord toRecord(Row row) {
    boolean states = row.columnDefinitions().contains("state");
    return new MigrationRecord(
        row.getString("version"),
        row.getString("resource"),
        row.getString("checksum"),
        states ? row.getString("state") : null,
        states ? row.getString("holder") : null,
        states && !row.isNull("started_at") ? row.getInstant("started_at") : null,
        states && !row.isNull("statements_done") ? row.getInt("statements_done") : 0,
        states && !row.isNull("statements_total") ? row.getInt("statements_total") : 0);
  }

  /**
   * Applies the migrations not yet recorded, under {@code lock}.
   *
   * @return the ones applied now
   */
  List<Migration> migrate(List<Migration> migrations, SchemaLock lock, boolean outOfOrder) {
    ensureHistory(lock);
    List<Migration> pending = pending(migrations, read(), outOfOrder);
    for (Migration migration : pending) {
      run(migration, lock);
    }
    return pending;
  }

  private void run(Migration migration, SchemaLock lock) {
    List<String> statements = migration.statements();
    lock.ensureHeld("migration " + migration.resource());
    boolean started =
        bookkeeping
            .conditional(
                "INSERT INTO "
                    + history
                    + " (version, description, resource, checksum, state, holder, started_at,"
                    + " statements_done, statements_total)"
                    + " VALUES (?, ?, ?, ?, ?, ?, toTimestamp(now()), 0, ?) IF NOT EXISTS",
                migration.version(),
                migration.description(),
                migration.resource(),
                migration.checksum(),
                MigrationRecord.STARTED,
                lock.owner(),
                statements.size())
            .wasApplied();
    if (!started) {
      throw new MapperException(
          "Migration "
              + migration.resource()
              + " was recorded by another instance while this one held the schema lock; its"
              + " lease may have expired. Nothing was run: start again");
    }
    long start = System.nanoTime();
    for (int i = 0; i < statements.size(); i++) {
      try {
        lock.run(inMigrationKeyspace(statements.get(i)));
      } catch (SchemaLockLostException | SchemaAgreementException e) {
        throw e;
      } catch (RuntimeException e) {
        throw failed(migration, i, statements.size(), lock, e);
      }
      progress(migration, i + 1, lock);
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    boolean done =
        bookkeeping
            .conditional(
                "UPDATE "
                    + history
                    + " SET state = ?, applied_at = toTimestamp(now()), duration_ms = ?"
                    + " WHERE version = ? IF state = ? AND holder = ?",
                MigrationRecord.DONE,
                millis,
                migration.version(),
                MigrationRecord.STARTED,
                lock.owner())
            .wasApplied();
    if (!done) {
      throw new MigrationIncompleteException(
          migration.version(),
          migration.resource()
              + " ran all its statements but its row changed under this instance (another"
              + " instance repaired or removed it)");
    }
    LOG.info(
        "Applied migration {} ({}) in {} ms: {} statement(s)",
        migration.resource(),
        migration.description(),
        millis,
        statements.size());
  }

  /**
   * A script statement that runs in the keyspace of the history, so that names without a keyspace
   * mean the same whatever keyspace the session uses, if any: the session's own when it is that
   * keyspace, else a per-statement keyspace (protocol v5; Cassandra applies it to schema statements
   * too). On protocol v4 the statement runs in the session's keyspace, and a script must qualify
   * its names unless the session uses the mapper's keyspace.
   */
  SimpleStatement inMigrationKeyspace(String cql) {
    SimpleStatement statement = SimpleStatement.of(cql);
    Session session = bookkeeping.session();
    if (keyspace.equals(session.keyspace()) || session.protocolVersion().code() < 5) {
      return statement;
    }
    return statement.withKeyspace(keyspace);
  }

  private void progress(Migration migration, int done, SchemaLock lock) {
    bookkeeping.conditional(
        "UPDATE " + history + " SET statements_done = ? WHERE version = ? IF holder = ?",
        done,
        migration.version(),
        lock.owner());
  }

  private RuntimeException failed(
      Migration migration, int index, int total, SchemaLock lock, RuntimeException cause) {
    if (index == 0) {
      // Nothing took effect: forget the start, so that a corrected file runs next time.
      bookkeeping.conditional(
          "DELETE FROM " + history + " WHERE version = ? IF holder = ?",
          migration.version(),
          lock.owner());
      return new MapperException(
          "Migration "
              + migration.resource()
              + " failed at its first statement ("
              + cause.getMessage()
              + "); nothing was applied and it is not recorded: fix it and run again"
              + keyspaceHint(),
          cause);
    }
    return new MapperException(
        "Migration "
            + migration.resource()
            + " failed at statement "
            + (index + 1)
            + " of "
            + total
            + " ("
            + cause.getMessage()
            + "); the "
            + index
            + " statement(s) before it were applied and it stays recorded as STARTED: finish or"
            + " undo it by hand, then call mapper.schema().repair(\""
            + migration.version()
            + "\")"
            + keyspaceHint(),
        cause);
  }

  /** Why names without a keyspace may have missed, when a per-statement keyspace was impossible. */
  private String keyspaceHint() {
    Session session = bookkeeping.session();
    if (keyspace.equals(session.keyspace()) || session.protocolVersion().code() >= 5) {
      return "";
    }
    return ". On protocol "
        + session.protocolVersion()
        + " scripts run in the session's keyspace ("
        + (session.keyspace() == null ? "none" : session.keyspace())
        + "), not in "
        + keyspace
        + ": qualify their table names, or build the session with .keyspace(\""
        + keyspace
        + "\")";
  }

  /**
   * Marks a started migration repaired (it counts as applied from now on), or aligns the recorded
   * checksum of an applied one with its file.
   *
   * @param file the migration's current file, or null if it is no longer on the class path
   * @return whether the history changed
   */
  boolean repair(String version, Migration file, SchemaLock lock) {
    MigrationRecord record = read().get(version);
    if (record == null) {
      throw new MapperException(
          "No migration V"
              + version
              + " is recorded in "
              + history
              + ": there is nothing to repair (versions are written without the V, such as"
              + " \"2.1\")");
    }
    lock.ensureHeld("repair of V" + version);
    String checksum = file != null ? file.checksum() : record.checksum();
    if (record.applied() && (checksum == null || checksum.equals(record.checksum()))) {
      return false;
    }
    boolean applied =
        record.applied()
            ? bookkeeping
                .conditional(
                    "UPDATE " + history + " SET checksum = ? WHERE version = ? IF EXISTS",
                    checksum,
                    version)
                .wasApplied()
            : bookkeeping
                .conditional(
                    "UPDATE "
                        + history
                        + " SET state = ?, checksum = ?, applied_at = toTimestamp(now())"
                        + " WHERE version = ? IF state = ?",
                    MigrationRecord.REPAIRED,
                    checksum,
                    version,
                    MigrationRecord.STARTED)
                .wasApplied();
    if (applied) {
      LOG.warn(
          "Marked migration V{} ({}) as {} with checksum {}",
          version,
          record.resource(),
          record.applied() ? record.state() : MigrationRecord.REPAIRED,
          checksum);
    }
    return applied;
  }
}
