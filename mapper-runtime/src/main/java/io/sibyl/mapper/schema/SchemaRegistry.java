package io.sibyl.mapper.schema;

import io.sibyl.driver.Row;
import io.sibyl.mapper.generated.CqlNames;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The models this application has run ({@code sibyl_schema_models}: per fingerprint, the tables and
 * columns it maps and the app versions that ran it) and the instances running now ({@code
 * sibyl_schema_instances}: one row per instance, written with a TTL and refreshed by its
 * heartbeat).
 */
final class SchemaRegistry {

  static final String MODELS_TABLE = "sibyl_schema_models";
  static final String INSTANCES_TABLE = "sibyl_schema_instances";

  private final Bookkeeping bookkeeping;
  private final String keyspace;
  private final String models;
  private final String instances;

  SchemaRegistry(Bookkeeping bookkeeping, String keyspace) {
    this.bookkeeping = bookkeeping;
    this.keyspace = keyspace;
    this.models = CqlNames.qualify(keyspace, MODELS_TABLE);
    this.instances = CqlNames.qualify(keyspace, INSTANCES_TABLE);
  }

  /** The keyspace (stored form) that holds the registry. */
  String keyspace() {
    return keyspace;
  }

  /**
   * Whether both tables exist, asking a node when this session's metadata does not show them yet
   * (another instance may just have created them): trusting lagging metadata would hide live
   * instances from {@code instances()} and from the check that {@code contract()} makes first.
   */
  boolean exists() {
    return bookkeeping.hasTable(keyspace, MODELS_TABLE)
        && bookkeeping.hasTable(keyspace, INSTANCES_TABLE);
  }

  /** Creates the tables if missing. */
  void create() {
    bookkeeping.ensureTable(
        keyspace,
        MODELS_TABLE,
        "(fingerprint text PRIMARY KEY, app_versions set<text>, mapped_tables set<text>,"
            + " mapped_columns set<text>, recorded_at timestamp)");
    bookkeeping.ensureTable(
        keyspace,
        INSTANCES_TABLE,
        "(instance text PRIMARY KEY, host text, fingerprint text, app_version text,"
            + " started_at timestamp)");
  }

  /** Records a model (idempotent: the same fingerprint always maps the same things). */
  void record(ModelFingerprint model, String appVersion) {
    bookkeeping.execute(
        "UPDATE "
            + models
            + " SET app_versions = app_versions + ?, mapped_tables = ?, mapped_columns = ?,"
            + " recorded_at = toTimestamp(now()) WHERE fingerprint = ?",
        appVersion == null ? Set.of() : Set.of(appVersion),
        model.tables(),
        model.columns(),
        model.hash());
  }

  /** Says that an instance runs a model, for the next {@code ttlSeconds}. */
  void heartbeat(SchemaInstance instance, int ttlSeconds) {
    bookkeeping.execute(
        "INSERT INTO "
            + instances
            + " (instance, host, fingerprint, app_version, started_at) VALUES (?, ?, ?, ?, ?)"
            + " USING TTL "
            + ttlSeconds,
        instance.id(),
        instance.host(),
        instance.fingerprint(),
        instance.appVersion(),
        instance.startedAt());
  }

  /** Removes an instance's row (it stopped). */
  void remove(String instanceId) {
    bookkeeping.execute("DELETE FROM " + instances + " WHERE instance = ?", instanceId);
  }

  /** The instances whose heartbeat has not expired; empty if the registry does not exist. */
  List<SchemaInstance> alive() {
    List<SchemaInstance> alive = new ArrayList<>();
    if (!exists()) {
      return alive;
    }
    for (Row row :
        bookkeeping.execute(
            "SELECT instance, host, fingerprint, app_version, started_at FROM " + instances)) {
      Instant started = row.isNull("started_at") ? null : row.getInstant("started_at");
      alive.add(
          new SchemaInstance(
              row.getString("instance"),
              row.getString("host"),
              row.getString("fingerprint"),
              row.getString("app_version"),
              started));
    }
    return alive;
  }

  /** What a recorded model maps: its tables and columns, or empty if it was never recorded. */
  Optional<ModelFingerprint> model(String fingerprint) {
    if (!exists()) {
      return Optional.empty();
    }
    Row row =
        bookkeeping
            .execute(
                "SELECT mapped_tables, mapped_columns FROM " + models + " WHERE fingerprint = ?",
                fingerprint)
            .one();
    if (row == null) {
      return Optional.empty();
    }
    return Optional.of(
        new ModelFingerprint(
            fingerprint,
            orEmpty(row.getSet("mapped_tables", String.class)),
            orEmpty(row.getSet("mapped_columns", String.class))));
  }

  /** Every table ({@code keyspace.table}) that any recorded model of this application mapped. */
  Set<String> everMappedTables() {
    Set<String> tables = new HashSet<>();
    if (!exists()) {
      return tables;
    }
    for (Row row : bookkeeping.execute("SELECT mapped_tables FROM " + models)) {
      tables.addAll(orEmpty(row.getSet("mapped_tables", String.class)));
    }
    return tables;
  }

  private static Set<String> orEmpty(Set<String> set) {
    return set == null ? Set.of() : set;
  }
}
