package io.sibyl.mapper;

import io.sibyl.driver.Consistency;
import io.sibyl.driver.Session;
import io.sibyl.mapper.annotations.NullSavingStrategy;
import io.sibyl.mapper.generated.RepositoryFactory;
import io.sibyl.mapper.internal.MetamodelRegistry;
import io.sibyl.mapper.internal.RepositoryRegistry;
import io.sibyl.mapper.internal.SchemaContributorLoader;
import io.sibyl.mapper.observe.RepositoryObserver;
import io.sibyl.mapper.schema.ChangeKind;
import io.sibyl.mapper.schema.MigrationScripts;
import io.sibyl.mapper.schema.SchemaContributor;
import io.sibyl.mapper.schema.SchemaCoordination;
import io.sibyl.mapper.schema.SchemaManager;
import io.sibyl.mapper.schema.SchemaMode;
import io.sibyl.mapper.schema.SchemaSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Configures a {@link Mapper}. Every setting is optional.
 *
 * <pre>{@code
 * Mapper mapper = Mapper.builder(session)
 *     .keyspace("shop")                                  // default: the session's
 *     .nullSaving(NullSavingStrategy.DO_NOT_SET)          // default: DO_NOT_SET
 *     .preparation(StatementPreparation.EAGER)            // default: LAZY
 *     .build();
 * }</pre>
 */
public final class MapperBuilder {

  private final Session session;
  private String keyspace;
  private NullSavingStrategy nullSaving = NullSavingStrategy.DO_NOT_SET;
  private StatementPreparation preparation = StatementPreparation.LAZY;
  private ClassLoader classLoader;
  private final List<RepositoryFactory<?>> factories = new ArrayList<>();
  private SchemaMode schemaMode = SchemaMode.NONE;
  private final Set<Class<?>> schemaEntities = new LinkedHashSet<>();
  private final Set<ChangeKind> allowedSchemaChanges = EnumSet.noneOf(ChangeKind.class);
  private String keyspaceReplication;
  private String migrationLocation = SchemaSettings.DEFAULT_MIGRATIONS;
  private SchemaCoordination coordination = SchemaCoordination.defaults();
  private RepositoryObserver repositoryObserver = RepositoryObserver.NONE;

  MapperBuilder(Session session) {
    this.session = session;
    this.keyspace = session.keyspace();
  }

  /**
   * The keyspace of tables whose entity ({@code @Table(keyspace)}) and repository
   * ({@code @Repository(keyspace)}) name none. Defaults to the session's keyspace; null leaves
   * table names unqualified.
   */
  public MapperBuilder keyspace(String keyspace) {
    this.keyspace = keyspace;
    return this;
  }

  /**
   * What inserts and updates do with null properties when neither the method, the repository nor
   * the entity says. {@link NullSavingStrategy#DEFAULT} means {@link
   * NullSavingStrategy#DO_NOT_SET}.
   */
  public MapperBuilder nullSaving(NullSavingStrategy nullSaving) {
    Objects.requireNonNull(nullSaving, "nullSaving");
    this.nullSaving =
        nullSaving == NullSavingStrategy.DEFAULT ? NullSavingStrategy.DO_NOT_SET : nullSaving;
    return this;
  }

  /** When repository statements are prepared: on first use (default) or when built. */
  public MapperBuilder preparation(StatementPreparation preparation) {
    this.preparation = Objects.requireNonNull(preparation, "preparation");
    return this;
  }

  /**
   * The class loader whose {@code META-INF/services} registrations of generated repository
   * factories and metamodels are used; by default the one that loaded the requested repository
   * interface or entity class.
   */
  public MapperBuilder classLoader(ClassLoader classLoader) {
    this.classLoader = classLoader;
    return this;
  }

  /**
   * Registers generated factories explicitly ({@code new UserRepositoryImpl__Factory()}), for
   * environments where service loading is not available. They come before discovered ones.
   */
  public MapperBuilder register(RepositoryFactory<?>... repositoryFactories) {
    for (RepositoryFactory<?> factory : repositoryFactories) {
      factories.add(Objects.requireNonNull(factory, "factory"));
    }
    return this;
  }

  /**
   * What {@link #build()} does with the schema: nothing (default), validate it, apply the safe
   * changes, or log the plan. See {@link Mapper#schema()}.
   */
  public MapperBuilder schemaMode(SchemaMode mode) {
    this.schemaMode = Objects.requireNonNull(mode, "mode");
    return this;
  }

  /**
   * Restricts schema management to these {@code @Table} entities and {@code @Udt} types (and the
   * types they use); by default every one whose generated model is on the class path.
   */
  public MapperBuilder schemaEntities(Class<?>... types) {
    for (Class<?> type : types) {
      schemaEntities.add(Objects.requireNonNull(type, "type"));
    }
    return this;
  }

  /**
   * Allows the destructive management calls of {@link Mapper#schema()}: {@link
   * ChangeKind#DROP_TABLE} allows {@link SchemaManager#dropTable}, {@link ChangeKind#DROP_KEYSPACE}
   * {@link SchemaManager#dropKeyspace}, {@link ChangeKind#TRUNCATE_TABLE} {@link
   * SchemaManager#truncate}; they are refused otherwise. Startup sync ({@link
   * SchemaManager#apply()}) only expands the schema and never drops, whatever is allowed: drops of
   * what the model no longer maps ({@link ChangeKind#DROP_COLUMN}, {@link ChangeKind#DROP_TABLE})
   * are applied by the explicit {@link SchemaManager#contract()} once no older instance runs.
   */
  public MapperBuilder allowSchemaChanges(ChangeKind... kinds) {
    for (ChangeKind kind : kinds) {
      allowedSchemaChanges.add(Objects.requireNonNull(kind, "kind"));
    }
    return this;
  }

  /**
   * Lets schema management create missing keyspaces with this replication map, such as {@code
   * {'class': 'SimpleStrategy', 'replication_factor': 1}}. By default a missing keyspace is an
   * error.
   */
  public MapperBuilder createKeyspace(String replication) {
    this.keyspaceReplication = Objects.requireNonNull(replication, "replication");
    return this;
  }

  /**
   * The class path folder of versioned migrations ({@code V1__create_users.cql}...), applied by
   * {@link SchemaManager#migrate()} and in mode {@link SchemaMode#APPLY_SAFE}. Default {@code
   * db/migration}.
   */
  public MapperBuilder migrations(String location) {
    this.migrationLocation = Objects.requireNonNull(location, "location");
    return this;
  }

  /**
   * The application's version (such as {@code "2.3.0"}), recorded with the model's fingerprint and
   * in this instance's heartbeat, so that plans and refusals can say which version still runs an
   * older model.
   */
  public MapperBuilder appVersion(String version) {
    this.coordination = coordination.withAppVersion(Objects.requireNonNull(version, "version"));
    return this;
  }

  /**
   * The schema lock's lease (default 30 s), how often its holder renews it (default 10 s, shorter
   * than the lease), and how long another instance waits for it (default 5 minutes). A holder that
   * cannot confirm its lease stops before its next statement.
   */
  public MapperBuilder schemaLock(Duration lease, Duration renewal, Duration wait) {
    this.coordination = coordination.withLock(lease, renewal, wait);
    return this;
  }

  /**
   * How long this instance's heartbeat row (which model it runs) lives unless refreshed; it is
   * refreshed every third of it and deleted on {@link Mapper#close()}. Default 60 s. {@link
   * SchemaManager#contract()} counts an instance as gone once its row expired.
   */
  public MapperBuilder schemaHeartbeat(Duration ttl) {
    this.coordination = coordination.withHeartbeat(ttl);
    return this;
  }

  /**
   * The consistency of Sibyl's schema bookkeeping (history, lock, models, heartbeats): default
   * {@code QUORUM} and {@code SERIAL}; {@code LOCAL_QUORUM} and {@code LOCAL_SERIAL} for a
   * deployment that changes schemas from one data center.
   */
  public MapperBuilder schemaConsistency(Consistency consistency, Consistency serialConsistency) {
    this.coordination = coordination.withConsistency(consistency, serialConsistency);
    return this;
  }

  /**
   * Whether a migration whose version is lower than an applied one may still run (default false: it
   * is refused with {@link io.sibyl.mapper.schema.MigrationOrderException}).
   */
  public MapperBuilder outOfOrderMigrations(boolean allowed) {
    this.coordination = coordination.withOutOfOrderMigrations(allowed);
    return this;
  }

  /**
   * Told when each repository call and query-DSL operation starts and ends, to time it (such as
   * {@code io.sibyl.micrometer.SibylObservability#repositoryObserver()}). Default {@link
   * RepositoryObserver#NONE}, which costs nothing.
   */
  public MapperBuilder repositoryObserver(RepositoryObserver observer) {
    this.repositoryObserver = Objects.requireNonNull(observer, "observer");
    return this;
  }

  /**
   * The mapper. With {@link StatementPreparation#EAGER}, every registered repository is created and
   * its statements are prepared first.
   *
   * @throws io.sibyl.driver.DriverException if eager preparation fails
   * @throws io.sibyl.mapper.schema.SchemaMismatchException in mode VALIDATE, if the schema differs
   * @throws io.sibyl.mapper.schema.UnsafeSchemaChangeException in mode APPLY_SAFE, if unsafe
   *     changes are needed
   */
  public Mapper build() {
    RepositoryRegistry registry = new RepositoryRegistry(factories, classLoader);
    SchemaManager schema =
        new SchemaManager(
            session,
            keyspace,
            new SchemaSettings(
                schemaMode,
                schemaEntities,
                allowedSchemaChanges,
                keyspaceReplication,
                migrationLocation,
                coordination),
            this::schemaContributors,
            () -> SchemaContributorLoader.loadQuietly(schemaClassLoader()),
            () -> MigrationScripts.load(schemaClassLoader(), migrationLocation));
    Mapper mapper =
        new Mapper(
            session,
            keyspace,
            nullSaving,
            preparation,
            registry,
            new MetamodelRegistry(classLoader),
            schema,
            repositoryObserver);
    schema.runMode();
    if (preparation == StatementPreparation.EAGER) {
      mapper.createAll();
    }
    return mapper;
  }

  private List<SchemaContributor> schemaContributors() {
    return SchemaContributorLoader.load(schemaClassLoader());
  }

  private ClassLoader schemaClassLoader() {
    ClassLoader loader = classLoader;
    if (loader == null) {
      loader = Thread.currentThread().getContextClassLoader();
    }
    return loader != null ? loader : MapperBuilder.class.getClassLoader();
  }
}
