package io.sibyl.mapper.schema;

import io.sibyl.driver.ResultSet;
import io.sibyl.driver.Session;
import io.sibyl.driver.metadata.KeyspaceMetadata;
import io.sibyl.mapper.MapperException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compares the schema that the mapped {@code @Table} and {@code @Udt} types need with the live
 * schema, and applies the safe differences.
 *
 * <pre>{@code
 * SchemaPlan plan = mapper.schema().plan();
 * for (SchemaChange change : plan.changes()) {
 *   System.out.println(change.cql() + (change.isSafe() ? "" : "  -- unsafe"));
 * }
 * mapper.schema().apply();
 * }</pre>
 *
 * <p>Thread-safe. {@link #apply()} takes a lease-based lock in each keyspace it changes, so several
 * instances applying at once apply each change exactly once.
 */
public final class SchemaManager {

  private static final Logger LOG = LoggerFactory.getLogger(SchemaManager.class);
  private static final Duration LEASE = Duration.ofSeconds(30);
  private static final Duration LOCK_TIMEOUT = Duration.ofMinutes(5);

  private final Session session;
  private final SchemaSettings settings;
  private final String defaultKeyspace;
  private final Supplier<List<SchemaContributor>> contributors;
  private final Supplier<List<Migration>> migrations;
  private volatile Map<String, KeyspaceModel> models;

  /** The models of one keyspace. */
  record KeyspaceModel(List<TypeSchema> types, List<TableSchema> tables) {}

  /**
   * A manager of the contributed models.
   *
   * @param session the session whose metadata is compared and which executes changes
   * @param defaultKeyspace the keyspace of entities that name none (the mapper's), or null
   * @param settings what to manage and allow
   * @param contributors the models, looked up on first use
   * @param migrations the versioned migrations, looked up on first use
   */
  public SchemaManager(
      Session session,
      String defaultKeyspace,
      SchemaSettings settings,
      Supplier<List<SchemaContributor>> contributors,
      Supplier<List<Migration>> migrations) {
    this.session = session;
    this.defaultKeyspace = defaultKeyspace;
    this.settings = settings;
    this.contributors = contributors;
    this.migrations = migrations;
  }

  /** The versioned migrations found on the class path, in version order. */
  public List<Migration> migrations() {
    return migrations.get();
  }

  /**
   * Applies the versioned migrations ({@code db/migration/V1__x.cql}...) not yet recorded in the
   * mapper keyspace's {@code sibyl_schema_history}, once each and in order, under the schema lock.
   *
   * @return the migrations applied by this call
   * @throws MigrationChecksumException if an applied file changed since; nothing is applied then
   * @throws MapperException if the mapper has no keyspace, or a statement fails
   */
  public List<Migration> migrate() {
    List<Migration> found = migrations.get();
    if (found.isEmpty()) {
      return List.of();
    }
    if (defaultKeyspace == null) {
      throw new MapperException(
          "Migrations need a keyspace for their history: set Mapper.builder(session).keyspace(...)");
    }
    try (SchemaLock lock = SchemaLock.acquire(session, defaultKeyspace, LEASE, LOCK_TIMEOUT)) {
      return new MigrationRunner(session, defaultKeyspace).migrate(found);
    }
  }

  /**
   * The keyspaces (stored names) that the models live in.
   *
   * @throws MapperException if an entity names no keyspace and the mapper has none
   */
  public Set<String> keyspaces() {
    return models().keySet();
  }

  /** The changes that would bring the live schema to the models, from current metadata. */
  public SchemaPlan plan() {
    List<SchemaChange> changes = new ArrayList<>();
    for (String keyspace : models().keySet()) {
      changes.addAll(planKeyspace(keyspace));
    }
    return new SchemaPlan(changes);
  }

  /**
   * Checks that the live schema matches the models.
   *
   * @throws SchemaMismatchException listing every difference
   */
  public void validate() {
    SchemaPlan plan = plan();
    if (!plan.isEmpty()) {
      throw new SchemaMismatchException(plan.changes());
    }
  }

  /**
   * Applies the plan: each keyspace under its schema lock, safe changes (and unsafe ones of allowed
   * kinds) in dependency order, each waiting for schema agreement. Instances that wait for the lock
   * plan again once they hold it, and usually find nothing left to do.
   *
   * @return the changes this call executed
   * @throws UnsafeSchemaChangeException if the plan holds unsafe changes that are not allowed;
   *     nothing is applied then
   */
  public SchemaPlan apply() {
    refuseUnsafe(plan());
    List<SchemaChange> applied = new ArrayList<>();
    for (String keyspace : models().keySet()) {
      List<SchemaChange> changes = planKeyspace(keyspace);
      if (changes.isEmpty()) {
        continue;
      }
      if (changes.get(0).kind() == ChangeKind.CREATE_KEYSPACE) {
        execute(changes.get(0));
      }
      try (SchemaLock lock = SchemaLock.acquire(session, keyspace, LEASE, LOCK_TIMEOUT)) {
        lock.refreshMetadata();
        List<SchemaChange> current = planKeyspace(keyspace);
        refuseUnsafe(new SchemaPlan(current));
        for (SchemaChange change : current) {
          execute(change);
          applied.add(change);
        }
      }
    }
    return new SchemaPlan(applied);
  }

  private List<SchemaChange> planKeyspace(String keyspace) {
    KeyspaceModel model = models().get(keyspace);
    KeyspaceMetadata live = session.metadata().keyspace(keyspace).orElse(null);
    return SchemaDiff.diff(
        keyspace,
        live,
        model.types(),
        model.tables(),
        settings.keyspaceReplication(),
        settings.allowed().contains(ChangeKind.DROP_TABLE));
  }

  private void refuseUnsafe(SchemaPlan plan) {
    List<SchemaChange> refused =
        plan.unsafeChanges().stream()
            .filter(c -> !c.kind().isAllowable() || !settings.allowed().contains(c.kind()))
            .toList();
    if (!refused.isEmpty()) {
      throw new UnsafeSchemaChangeException(refused);
    }
  }

  private void execute(SchemaChange change) {
    long start = System.nanoTime();
    ResultSet result = session.execute(change.cql());
    long millis = (System.nanoTime() - start) / 1_000_000;
    LOG.info(
        "Applied schema change {} {} in {} ms: {}",
        change.kind(),
        change.target(),
        millis,
        change.cql());
    if (!result.executionInfo().schemaInAgreement()) {
      LOG.warn("Nodes did not agree on the schema after {}; continuing", change.cql());
    }
  }

  /** Runs the mode chosen on the mapper builder. */
  public void runMode() {
    switch (settings.mode()) {
      case NONE -> {}
      case VALIDATE -> validate();
      case APPLY_SAFE -> {
        migrate();
        apply();
      }
      case DRY_RUN -> {
        SchemaPlan plan = plan();
        LOG.info("{}\n{}", plan.report(), plan.cqlScript());
      }
    }
  }

  private Map<String, KeyspaceModel> models() {
    Map<String, KeyspaceModel> current = models;
    if (current == null) {
      current = SchemaModels.byKeyspace(defaultKeyspace, settings.entities(), contributors.get());
      models = current;
    }
    return current;
  }
}
