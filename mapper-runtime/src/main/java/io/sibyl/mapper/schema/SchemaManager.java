package io.sibyl.mapper.schema;

import io.sibyl.driver.Session;
import io.sibyl.driver.metadata.KeyspaceMetadata;
import io.sibyl.mapper.MapperException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compares the schema that the mapped {@code @Table} and {@code @Udt} types need with the live
 * schema, and evolves it in two steps that are safe while instances of several versions run at once
 * (a rolling deploy, a rollback):
 *
 * <ul>
 *   <li><b>expand</b> ({@link #apply()}, run at startup in mode {@link SchemaMode#APPLY_SAFE}):
 *       creates missing keyspaces, types, tables, columns, fields and indexes; never drops or
 *       narrows. Columns and tables the model does not map are reported in the {@link #plan()} and
 *       the log, and left alone, so an older instance starts normally next to a newer schema.
 *   <li><b>contract</b> ({@link #contract()}, called explicitly once a rollout is complete): drops
 *       the columns of mapped tables that the model no longer maps, and the tables that an earlier
 *       model of this application mapped; refuses while an instance running a model that still maps
 *       them is alive.
 * </ul>
 *
 * <pre>{@code
 * SchemaPlan plan = mapper.schema().plan();
 * System.out.println(plan.report());
 * mapper.schema().apply();      // expand
 * mapper.schema().contract();   // later, once every instance runs the new model
 * }</pre>
 *
 * <p>Each apply records the model's fingerprint ({@link #fingerprint()}) with what it maps, and
 * each instance that applied or validated keeps a heartbeat row saying which model it runs until
 * {@link #close()}. Thread-safe. Changes run under a fencing lease lock per keyspace, so several
 * instances applying at once apply each change exactly once.
 */
public final class SchemaManager implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SchemaManager.class);

  private final Session session;
  private final SchemaSettings settings;
  private final String defaultKeyspace;
  private final Supplier<List<SchemaContributor>> contributors;
  private final Supplier<List<SchemaContributor>> quietContributors;
  private final Supplier<List<Migration>> migrations;
  private final Bookkeeping bookkeeping;
  private final SchemaCalls calls;
  private final String instanceId = UUID.randomUUID().toString();
  private final Instant startedAt = Instant.now();
  private volatile Map<String, KeyspaceModel> models;
  private volatile ModelFingerprint fingerprint;
  private InstanceHeartbeat heartbeat;
  private boolean closed;

  /** The models of one keyspace. */
  record KeyspaceModel(List<TypeSchema> types, List<TableSchema> tables) {}

  /**
   * A manager of the contributed models.
   *
   * @param session the session whose metadata is compared and which executes changes
   * @param defaultKeyspace the keyspace of entities that name none (the mapper's), or null
   * @param settings what to manage and how instances coordinate
   * @param contributors the models, looked up on first use
   * @param migrations the versioned migrations, looked up on first use
   */
  public SchemaManager(
      Session session,
      String defaultKeyspace,
      SchemaSettings settings,
      Supplier<List<SchemaContributor>> contributors,
      Supplier<List<Migration>> migrations) {
    this(session, defaultKeyspace, settings, contributors, contributors, migrations);
  }

  /**
   * A manager of the contributed models.
   *
   * @param session the session whose metadata is compared and which executes changes
   * @param defaultKeyspace the keyspace of entities that name none (the mapper's), or null
   * @param settings what to manage and how instances coordinate
   * @param contributors the models, looked up on first use (warning when there is none)
   * @param quietContributors the same models without the warning, for finding the mapped keyspaces
   *     when no schema sync runs
   * @param migrations the versioned migrations, looked up on first use
   */
  public SchemaManager(
      Session session,
      String defaultKeyspace,
      SchemaSettings settings,
      Supplier<List<SchemaContributor>> contributors,
      Supplier<List<SchemaContributor>> quietContributors,
      Supplier<List<Migration>> migrations) {
    this.quietContributors = quietContributors;
    this.session = session;
    this.defaultKeyspace = defaultKeyspace;
    this.settings = settings;
    this.contributors = contributors;
    this.migrations = migrations;
    this.bookkeeping = new Bookkeeping(session, settings.coordination());
    this.calls = new SchemaCalls(session, defaultKeyspace, settings.allowed(), contributors);
  }

  /**
   * Creates a keyspace unless it exists ({@code CREATE KEYSPACE IF NOT EXISTS}, with durable
   * writes), and waits for the nodes to agree on it. An existing keyspace is left as it is, even if
   * its replication differs.
   *
   * <pre>{@code
   * mapper.schema().createKeyspace("shop", Replication.simple(3));
   * mapper.schema().createKeyspace("shop", Replication.networkTopology(Map.of("dc1", 3)));
   * }</pre>
   *
   * @throws SchemaAgreementException if the nodes did not agree in time
   */
  public void createKeyspace(String name, Replication replication) {
    createKeyspace(name, replication, true);
  }

  /**
   * {@link #createKeyspace(String, Replication)} with {@code durable_writes} chosen: false skips
   * the commit log for the keyspace's writes (they are lost if a node stops before flushing).
   */
  public void createKeyspace(String name, Replication replication, boolean durableWrites) {
    calls.createKeyspace(
        Objects.requireNonNull(name, "name"),
        Objects.requireNonNull(replication, "replication"),
        durableWrites);
  }

  /**
   * Drops a keyspace and every table in it ({@code DROP KEYSPACE IF EXISTS}) and waits for the
   * nodes to agree. Refused unless the mapper was built with {@code
   * allowSchemaChanges(ChangeKind.DROP_KEYSPACE)}.
   *
   * @throws SchemaCallRefusedException if not allowed; nothing is sent
   * @throws SchemaAgreementException if the nodes did not agree in time
   */
  public void dropKeyspace(String name) {
    calls.dropKeyspace(Objects.requireNonNull(name, "name"));
  }

  /**
   * Drops the table of a {@code @Table} entity ({@code DROP TABLE IF EXISTS}) and waits for the
   * nodes to agree. Refused unless the mapper was built with {@code
   * allowSchemaChanges(ChangeKind.DROP_TABLE)}.
   *
   * @throws SchemaCallRefusedException if not allowed; nothing is sent
   * @throws SchemaAgreementException if the nodes did not agree in time
   * @throws MapperException if the class has no generated model
   */
  public void dropTable(Class<?> entity) {
    calls.dropTable(Objects.requireNonNull(entity, "entity"));
  }

  /**
   * Deletes every row of the table of a {@code @Table} entity ({@code TRUNCATE}; every replica must
   * be up). Refused unless the mapper was built with {@code
   * allowSchemaChanges(ChangeKind.TRUNCATE_TABLE)}.
   *
   * @throws SchemaCallRefusedException if not allowed; nothing is sent
   * @throws MapperException if the class has no generated model
   */
  public void truncate(Class<?> entity) {
    calls.truncate(Objects.requireNonNull(entity, "entity"));
  }

  /** The versioned migrations found on the class path, in version order. */
  public List<Migration> migrations() {
    return migrations.get();
  }

  /**
   * Applies the versioned migrations ({@code db/migration/V1__x.cql}...) not yet recorded in the
   * mapper keyspace's {@code sibyl_schema_history}, exactly once each and in order, under the
   * schema lock.
   *
   * @return the migrations applied by this call
   * @throws MigrationIncompleteException if a migration was started and never finished; nothing
   *     runs until it is {@linkplain #repair(String) repaired}
   * @throws MigrationChecksumException if an applied file changed since; nothing is applied then
   * @throws MigrationOrderException if a pending version is lower than an applied one
   * @throws SchemaLockLostException if the lock's lease was lost while applying
   * @throws MapperException if the mapper has no keyspace, or a statement fails
   */
  public List<Migration> migrate() {
    List<Migration> found = migrations.get();
    if (found.isEmpty()) {
      return List.of();
    }
    String keyspace = historyKeyspace();
    try (SchemaLock lock = SchemaLock.acquire(bookkeeping, keyspace)) {
      return new MigrationRunner(bookkeeping, keyspace)
          .migrate(found, lock, settings.coordination().outOfOrderMigrations());
    }
  }

  /**
   * The versioned migrations found on the class path that the history in the mapper's keyspace does
   * not record, in version order: what {@link #migrate()} would apply. Each gives its {@link
   * Migration#version() version}, {@link Migration#description() description}, {@link
   * Migration#resource() file} and {@link Migration#checksum() checksum}. The history is read from
   * the nodes at the bookkeeping consistency ({@link SchemaCoordination#consistency()}, QUORUM by
   * default), never from this session's schema metadata, which may not show yet a history that
   * another instance just created. A migration that was started and not finished is not pending:
   * {@link #validate()} reports it, and {@link #migrate()} refuses until it is {@linkplain
   * #repair(String) repaired}.
   *
   * @return the pending migrations; empty when none is found on the class path
   * @throws MapperException if migrations are found but the mapper has no keyspace
   */
  public List<Migration> pendingMigrations() {
    List<Migration> found = migrations.get();
    if (found.isEmpty()) {
      return List.of();
    }
    return notRecorded(found, new MigrationRunner(bookkeeping, historyKeyspace()).read());
  }

  private static List<Migration> notRecorded(
      List<Migration> found, Map<String, MigrationRecord> recorded) {
    return found.stream().filter(m -> !recorded.containsKey(m.version())).toList();
  }

  /**
   * Records a migration that was started and did not finish as applied ({@code REPAIRED}), once an
   * operator has checked the schema and finished or undone its statements by hand; or, for an
   * applied migration whose file changed, records the file's current checksum.
   *
   * @param version the version as in the file name without the V, such as {@code "2"} or {@code
   *     "1.2"}
   * @return whether the history changed
   * @throws MapperException if no such migration is recorded
   */
  public boolean repair(String version) {
    String keyspace = historyKeyspace();
    Migration file =
        migrations.get().stream().filter(m -> m.version().equals(version)).findFirst().orElse(null);
    try (SchemaLock lock = SchemaLock.acquire(bookkeeping, keyspace)) {
      return new MigrationRunner(bookkeeping, keyspace).repair(version, file, lock);
    }
  }

  private String historyKeyspace() {
    if (defaultKeyspace == null) {
      throw new MapperException(
          "Migrations need a keyspace for their history: set Mapper.builder(session).keyspace(...)");
    }
    return defaultKeyspace;
  }

  /**
   * The keyspaces (stored names) that the models live in.
   *
   * @throws MapperException if an entity names no keyspace and the mapper has none
   */
  public Set<String> keyspaces() {
    return models().keySet();
  }

  /**
   * The fingerprint of the model: a SHA-256 (hex) of the schema it generates, the same on every
   * instance that runs the same entities.
   */
  public String fingerprint() {
    return modelFingerprint().hash();
  }

  /**
   * The instances whose heartbeat is alive, with the model each runs; empty before any instance
   * applied or validated.
   */
  public List<SchemaInstance> instances() {
    return registry().map(SchemaRegistry::alive).orElse(List.of());
  }

  /**
   * The changes that would bring the live schema to the models, from current metadata: additions
   * (applied by {@link #apply()}), drops of what the model no longer maps (applied only by {@link
   * #contract()}), and conflicts that no call applies.
   */
  public SchemaPlan plan() {
    Set<String> everMapped = everMappedTables();
    List<SchemaChange> changes = new ArrayList<>();
    for (String keyspace : models().keySet()) {
      changes.addAll(planKeyspace(keyspace, everMapped));
    }
    return new SchemaPlan(changes);
  }

  /**
   * Checks that the live schema has everything the models need and that every migration is applied.
   * Columns and tables the model no longer maps are not differences (they wait for {@link
   * #contract()}); they are logged.
   *
   * @throws SchemaMismatchException listing every missing change, conflict, and pending or failed
   *     migration
   */
  public void validate() {
    SchemaPlan plan = plan();
    logContractions(plan);
    registry().ifPresent(this::logOtherModels);
    List<SchemaChange> differences = new ArrayList<>(plan.safeChanges());
    differences.addAll(plan.conflicts());
    List<String> pending = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    List<Migration> found = migrations.get();
    if (!found.isEmpty() && defaultKeyspace != null) {
      Map<String, MigrationRecord> recorded =
          new MigrationRunner(bookkeeping, defaultKeyspace).read();
      for (MigrationRecord record : recorded.values()) {
        if (!record.applied()) {
          failed.add(
              record.resource()
                  + " started by "
                  + record.holder()
                  + " and not finished ("
                  + record.statementsDone()
                  + "/"
                  + record.statementsTotal()
                  + " statements): repair(\""
                  + record.version()
                  + "\") once fixed by hand");
        }
      }
      notRecorded(found, recorded).forEach(m -> pending.add(m.resource()));
      for (Migration migration : found) {
        MigrationRecord record = recorded.get(migration.version());
        if (record != null
            && record.checksum() != null
            && !record.checksum().equals(migration.checksum())) {
          failed.add(migration.resource() + " changed since it was applied");
        }
      }
    }
    if (!differences.isEmpty() || !pending.isEmpty() || !failed.isEmpty()) {
      throw new SchemaMismatchException(differences, pending, failed);
    }
  }

  /**
   * Expands the schema: each keyspace under its schema lock, the missing types, tables, columns,
   * fields and indexes in dependency order, each after confirming the lock's lease and waiting for
   * schema agreement. Nothing is dropped: what the model no longer maps is logged and left for
   * {@link #contract()}. Instances that wait for the lock plan again once they hold it, and usually
   * find nothing left to do. Records the model's fingerprint and starts this instance's heartbeat.
   *
   * @return the changes this call executed
   * @throws UnsafeSchemaChangeException if the plan holds conflicts (a changed column type or
   *     primary key...); nothing is applied then
   * @throws SchemaLockLostException if the lock's lease was lost while applying
   * @throws SchemaAgreementException if the nodes did not agree on the schema after a change
   */
  public SchemaPlan apply() {
    SchemaPlan plan = plan();
    refuseConflicts(plan);
    logContractions(plan);
    List<SchemaChange> applied = new ArrayList<>();
    for (String keyspace : models().keySet()) {
      List<SchemaChange> changes = expansions(planKeyspace(keyspace, Set.of()));
      if (changes.isEmpty()) {
        continue;
      }
      if (changes.get(0).kind() == ChangeKind.CREATE_KEYSPACE) {
        session.execute(changes.get(0).cql());
        logApplied(changes.get(0), 0);
      }
      try (SchemaLock lock = SchemaLock.acquire(bookkeeping, keyspace)) {
        lock.refreshMetadata();
        List<SchemaChange> current = planKeyspace(keyspace, Set.of());
        refuseConflicts(new SchemaPlan(current));
        for (SchemaChange change : expansions(current)) {
          long start = System.nanoTime();
          lock.run(change.cql());
          logApplied(change, (System.nanoTime() - start) / 1_000_000);
          applied.add(change);
        }
      }
    }
    register(true);
    return new SchemaPlan(applied);
  }

  /**
   * Contracts the schema: drops the columns of mapped tables that the model no longer maps, and the
   * tables that an earlier model of this application mapped and this one does not (tables it never
   * mapped are never touched), under the schema lock.
   *
   * @return the changes this call executed
   * @throws SchemaContractRefusedException if an instance that is still alive runs a model that
   *     maps something to drop (or a model never recorded); nothing is dropped then
   * @throws SchemaLockLostException if the lock's lease was lost while applying
   */
  public SchemaPlan contract() {
    register(true);
    SchemaPlan plan = plan();
    if (plan.contractions().isEmpty()) {
      return new SchemaPlan(List.of());
    }
    refuseWhileStillMapped(plan.contractions());
    List<SchemaChange> applied = new ArrayList<>();
    for (String keyspace : models().keySet()) {
      if (planKeyspace(keyspace, everMappedTables()).stream()
          .noneMatch(c -> c.kind().isContraction())) {
        continue;
      }
      try (SchemaLock lock = SchemaLock.acquire(bookkeeping, keyspace)) {
        lock.refreshMetadata();
        List<SchemaChange> current =
            planKeyspace(keyspace, everMappedTables()).stream()
                .filter(c -> c.kind().isContraction())
                .toList();
        // Checked again under the lock: an older instance may have started meanwhile.
        refuseWhileStillMapped(current);
        for (SchemaChange change : current) {
          long start = System.nanoTime();
          lock.run(change.cql());
          logApplied(change, (System.nanoTime() - start) / 1_000_000);
          applied.add(change);
        }
      }
    }
    return new SchemaPlan(applied);
  }

  private void refuseWhileStillMapped(List<SchemaChange> contractions) {
    Set<String> targets = new HashSet<>();
    contractions.forEach(c -> targets.add(storedName(c.target())));
    String mine = modelFingerprint().hash();
    List<SchemaInstance> blocking = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    SchemaRegistry registry = registry().orElse(null);
    if (registry == null) {
      return;
    }
    for (SchemaInstance instance : registry.alive()) {
      if (instance.id().equals(instanceId) || instance.fingerprint().equals(mine)) {
        continue;
      }
      Optional<ModelFingerprint> model = registry.model(instance.fingerprint());
      if (model.isEmpty()) {
        blocking.add(instance);
        reasons.add(instance.describe() + " runs a model that was never recorded");
        continue;
      }
      List<String> stillMapped =
          targets.stream()
              .filter(t -> model.get().tables().contains(t) || model.get().columns().contains(t))
              .sorted()
              .toList();
      if (!stillMapped.isEmpty()) {
        blocking.add(instance);
        reasons.add(instance.describe() + " still maps " + String.join(", ", stillMapped));
      }
    }
    if (!blocking.isEmpty()) {
      throw new SchemaContractRefusedException(blocking, reasons);
    }
  }

  /** The stored form of a change target such as {@code ks."Table".col}. */
  static String storedName(String target) {
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < target.length(); i++) {
      char c = target.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < target.length() && target.charAt(i + 1) == '"') {
          part.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == '.' && !quoted) {
        parts.add(part.toString());
        part.setLength(0);
      } else if (c == ' ' && !quoted) {
        break;
      } else {
        part.append(c);
      }
    }
    parts.add(part.toString());
    return String.join(".", parts);
  }

  /**
   * Records the model (with what it maps) and starts this instance's heartbeat, once.
   *
   * @param create whether to create the bookkeeping tables when missing (not in mode VALIDATE)
   */
  private synchronized void register(boolean create) {
    if (heartbeat != null || closed) {
      return;
    }
    String home = homeKeyspace();
    if (home == null || session.metadata().keyspace(home).isEmpty()) {
      return;
    }
    SchemaRegistry registry = new SchemaRegistry(bookkeeping, home);
    if (!registry.exists()) {
      if (!create) {
        return;
      }
      // Under the lock: concurrent CREATE TABLE of one table on several coordinators can leave
      // conflicting table ids (CASSANDRA-10699).
      try (SchemaLock lock = SchemaLock.acquire(bookkeeping, home)) {
        lock.refreshMetadata();
        registry.create();
      }
    }
    SchemaCoordination coordination = settings.coordination();
    ModelFingerprint model = modelFingerprint();
    registry.record(model, coordination.appVersion());
    SchemaInstance instance =
        new SchemaInstance(instanceId, host(), model.hash(), coordination.appVersion(), startedAt);
    heartbeat =
        InstanceHeartbeat.start(
            registry, instance, (int) Math.max(1, coordination.heartbeatTtl().toSeconds()));
    logOtherModels(registry);
  }

  /** Logs the live instances that run another model than this one. */
  private void logOtherModels(SchemaRegistry registry) {
    ModelFingerprint model = modelFingerprint();
    for (SchemaInstance other : registry.alive()) {
      if (!other.fingerprint().equals(model.hash())) {
        LOG.info(
            "Another model runs next to this one ({}): {}", model.shortHash(), other.describe());
      }
    }
  }

  private Optional<SchemaRegistry> registry() {
    String home = homeKeyspace();
    if (home == null) {
      return Optional.empty();
    }
    SchemaRegistry registry = new SchemaRegistry(bookkeeping, home);
    return registry.exists() ? Optional.of(registry) : Optional.empty();
  }

  /** The keyspace of Sibyl's bookkeeping: the mapper's, else the first one the models use. */
  private String homeKeyspace() {
    if (defaultKeyspace != null) {
      return defaultKeyspace;
    }
    return models().keySet().stream().findFirst().orElse(null);
  }

  private Set<String> everMappedTables() {
    return registry().map(SchemaRegistry::everMappedTables).orElse(Set.of());
  }

  private static String host() {
    String host;
    try {
      host = java.net.InetAddress.getLocalHost().getHostName();
    } catch (java.io.IOException | SecurityException e) {
      host = "unknown-host";
    }
    return ProcessHandle.current().pid() + "@" + host;
  }

  private List<SchemaChange> planKeyspace(String keyspace, Set<String> everMapped) {
    KeyspaceModel model = models().get(keyspace);
    KeyspaceMetadata live = session.metadata().keyspace(keyspace).orElse(null);
    Set<String> formerlyMapped = new HashSet<>();
    String prefix = keyspace + ".";
    for (String table : everMapped) {
      if (table.startsWith(prefix)) {
        formerlyMapped.add(table.substring(prefix.length()));
      }
    }
    return SchemaDiff.diff(
        keyspace,
        live,
        model.types(),
        model.tables(),
        settings.keyspaceReplication(),
        formerlyMapped);
  }

  private static List<SchemaChange> expansions(List<SchemaChange> changes) {
    return changes.stream().filter(SchemaChange::isSafe).toList();
  }

  private static void refuseConflicts(SchemaPlan plan) {
    if (!plan.conflicts().isEmpty()) {
      throw new UnsafeSchemaChangeException(plan.conflicts());
    }
  }

  private static void logContractions(SchemaPlan plan) {
    for (SchemaChange change : plan.contractions()) {
      LOG.info(
          "Left alone: {} {} ({}); mapper.schema().contract() removes it once no instance maps"
              + " it",
          change.kind(),
          change.target(),
          change.description());
    }
  }

  private static void logApplied(SchemaChange change, long millis) {
    LOG.info(
        "Applied schema change {} {} in {} ms: {}",
        change.kind(),
        change.target(),
        millis,
        change.cql());
  }

  /**
   * Runs the mode chosen on the mapper builder, after adding the mapped keyspaces to the session's
   * schema metadata when it covers chosen keyspaces only (see {@link #includeMappedKeyspaces()}).
   */
  public void runMode() {
    CompletionStage<Void> included = includeMappedKeyspaces();
    if (settings.mode() != SchemaMode.NONE) {
      included.toCompletableFuture().join(); // the sync compares with this metadata
    }
    switch (settings.mode()) {
      case NONE -> {}
      case VALIDATE -> {
        validate();
        register(false);
      }
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

  /**
   * Stops this instance's heartbeat and deletes its row, so that {@link #contract()} on a newer
   * instance no longer waits for it. Called by {@code Mapper.close()}.
   */
  @Override
  public synchronized void close() {
    closed = true;
    if (heartbeat != null) {
      heartbeat.stop();
      heartbeat = null;
    }
  }

  /**
   * Adds the mapped keyspaces (the mapper's, and those of the {@code @Table}/{@code @Udt} models
   * found) to the session's schema metadata when the session reads chosen keyspaces only ({@link
   * Session#schemaMetadataScoped()}, e.g. {@code SessionBuilder.schemaMetadataOnDemand()}): they
   * are read, and refreshed on their schema changes, while other keyspaces stay unread. Nothing
   * happens on a session that reads every keyspace.
   *
   * @return completes once the keyspaces were read
   */
  public CompletionStage<Void> includeMappedKeyspaces() {
    if (!session.schemaMetadataScoped()) {
      return CompletableFuture.completedFuture(null);
    }
    Set<String> names = new TreeSet<>();
    if (defaultKeyspace != null) {
      names.add(defaultKeyspace);
    }
    try {
      names.addAll(
          settings.mode() == SchemaMode.NONE
              ? SchemaModels.byKeyspace(
                      defaultKeyspace, settings.entities(), quietContributors.get())
                  .keySet()
              : models().keySet());
    } catch (MapperException e) {
      // An entity names no keyspace and the mapper has none: the schema calls report it.
      LOG.debug("Mapped keyspaces not all known: {}", e.getMessage());
    }
    if (names.isEmpty()) {
      return CompletableFuture.completedFuture(null);
    }
    return session.includeSchemaMetadata(names);
  }

  private ModelFingerprint modelFingerprint() {
    ModelFingerprint current = fingerprint;
    if (current == null) {
      current = ModelFingerprint.of(models());
      fingerprint = current;
    }
    return current;
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
