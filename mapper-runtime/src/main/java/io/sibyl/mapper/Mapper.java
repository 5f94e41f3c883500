package io.sibyl.mapper;

import io.sibyl.driver.BatchStatement;
import io.sibyl.driver.Session;
import io.sibyl.mapper.annotations.NullSavingStrategy;
import io.sibyl.mapper.generated.RepositoryFactory;
import io.sibyl.mapper.generated.RepositorySupport;
import io.sibyl.mapper.internal.MetamodelRegistry;
import io.sibyl.mapper.internal.RepositoryRegistry;
import io.sibyl.mapper.observe.RepositoryObserver;
import io.sibyl.mapper.query.QueryTable;
import io.sibyl.mapper.schema.SchemaManager;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The entry point of the mapper: it hands out the implementations that the annotation processor
 * generated for {@code @Repository} interfaces and the query DSL of {@code @Table} entities, and
 * builds batches of their statements.
 *
 * <pre>{@code
 * Mapper mapper = Mapper.builder(session).keyspace("shop").build();
 * UserRepository users = mapper.repository(UserRepository.class);
 * }</pre>
 *
 * <p>Thread-safe; create one per session and keep it. Repositories are created once and shared.
 * Close it when the application stops (before the session), so that its schema heartbeat stops.
 */
public final class Mapper implements AutoCloseable {

  private final Session session;
  private final String keyspace;
  private final NullSavingStrategy nullSaving;
  private final StatementPreparation preparation;
  private final RepositoryRegistry registry;
  private final MetamodelRegistry metamodels;
  private final SchemaManager schema;
  private final RepositoryObserver repositoryObserver;
  private final ConcurrentMap<Class<?>, Object> repositories = new ConcurrentHashMap<>();
  private final ConcurrentMap<RepositoryKey, Object> switchedRepositories =
      new ConcurrentHashMap<>();

  /** A repository on another session or keyspace; sessions compare by identity. */
  private record RepositoryKey(Class<?> type, Session session, String keyspace) {
    @Override
    public boolean equals(Object other) {
      return other instanceof RepositoryKey k
          && k.type == type
          && k.session == session
          && Objects.equals(k.keyspace, keyspace);
    }

    @Override
    public int hashCode() {
      return Objects.hash(type, System.identityHashCode(session), keyspace);
    }
  }

  Mapper(
      Session session,
      String keyspace,
      NullSavingStrategy nullSaving,
      StatementPreparation preparation,
      RepositoryRegistry registry,
      MetamodelRegistry metamodels,
      SchemaManager schema,
      RepositoryObserver repositoryObserver) {
    this.session = session;
    this.keyspace = keyspace;
    this.nullSaving = nullSaving;
    this.preparation = preparation;
    this.registry = registry;
    this.metamodels = metamodels;
    this.schema = schema;
    this.repositoryObserver = repositoryObserver;
  }

  /**
   * Told of each repository call and query-DSL operation ({@link RepositoryObserver#NONE} unless
   * {@link MapperBuilder#repositoryObserver} set one).
   */
  public RepositoryObserver repositoryObserver() {
    return repositoryObserver;
  }

  /**
   * The schema manager of the mapped {@code @Table} and {@code @Udt} types: plan, validate and
   * apply their tables, types and indexes.
   */
  public SchemaManager schema() {
    return schema;
  }

  /** Starts building a mapper over an open session. */
  public static MapperBuilder builder(Session session) {
    return new MapperBuilder(Objects.requireNonNull(session, "session"));
  }

  /**
   * Starts building a mapper over the session of a {@linkplain Connections named connection}.
   *
   * @throws MapperException if no session is registered under that name
   */
  public static MapperBuilder builder(String connection) {
    return builder(Connections.session(connection));
  }

  /**
   * Starts building a mapper over the {@linkplain Connections#setDefault default connection}'s
   * session.
   *
   * @throws MapperException if no default connection is set
   */
  public static MapperBuilder builder() {
    return builder(Connections.defaultSession());
  }

  /**
   * The implementation of a {@code @Repository} interface, created on first request.
   *
   * @throws MapperException if no generated implementation is registered for it (the processor did
   *     not run on it, or its factory is not on the class or module path)
   */
  public <R> R repository(Class<R> repositoryType) {
    Objects.requireNonNull(repositoryType, "repositoryType");
    Object repository = repositories.get(repositoryType);
    if (repository == null) {
      repository = create(registry.factoryFor(repositoryType));
      Object raced = repositories.putIfAbsent(repositoryType, repository);
      repository = raced == null ? repository : raced;
    }
    return repositoryType.cast(repository);
  }

  /**
   * The implementation of a {@code @Repository} interface on this mapper's session, with tables
   * that name no keyspace in {@code keyspace} (cqlengine's {@code using(keyspace=...)}); created
   * once per keyspace, with its own prepared statements.
   *
   * @throws MapperException if no generated implementation is registered for it
   */
  public <R> R repository(Class<R> repositoryType, String keyspace) {
    return repository(repositoryType, session, Objects.requireNonNull(keyspace, "keyspace"));
  }

  /**
   * The implementation of a {@code @Repository} interface on a {@linkplain Connections named
   * session}, created once per connection and keyspace.
   *
   * @param connection a name registered with {@link Connections#register}
   * @param keyspace the keyspace of tables that name none, or null for the session's own
   * @throws MapperException if no session is registered under that name, or no generated
   *     implementation is registered for the interface
   */
  public <R> R repository(Class<R> repositoryType, String connection, String keyspace) {
    return repository(repositoryType, Connections.session(connection), keyspace);
  }

  /**
   * The implementation of a {@code @Repository} interface on another session, created once per
   * session and keyspace; its statements are prepared on that session only.
   *
   * @param keyspace the keyspace of tables that name none, or null for the session's own
   * @throws MapperException if no generated implementation is registered for it
   */
  public <R> R repository(Class<R> repositoryType, Session session, String keyspace) {
    Objects.requireNonNull(repositoryType, "repositoryType");
    Objects.requireNonNull(session, "session");
    RepositoryKey key = new RepositoryKey(repositoryType, session, keyspace);
    Object repository = switchedRepositories.get(key);
    if (repository == null) {
      repository = create(registry.factoryFor(repositoryType), session, keyspace);
      Object raced = switchedRepositories.putIfAbsent(key, repository);
      repository = raced == null ? repository : raced;
    }
    return repositoryType.cast(repository);
  }

  /**
   * The query DSL of an entity's table: the same as {@code User_.table(mapper)}, found by class.
   * For a polymorphic table, the base's class gives every row as its subtype, and a subtype's class
   * only that subtype's rows.
   *
   * <pre>{@code
   * QueryTable<User> users = mapper.table(User.class);
   * }</pre>
   *
   * @throws MapperException if no generated metamodel is registered for it (it is not a
   *     {@code @Table} entity, or the processor did not run on it)
   */
  public <T> QueryTable<T> table(Class<T> entityType) {
    Objects.requireNonNull(entityType, "entityType");
    return QueryTable.of(this, metamodels.metamodelFor(entityType));
  }

  /** A new logged (atomic) batch. */
  public Batch loggedBatch() {
    return new Batch(session, BatchStatement.Type.LOGGED, repositoryObserver);
  }

  /** A new unlogged batch: not atomic, best for statements of one partition. */
  public Batch unloggedBatch() {
    return new Batch(session, BatchStatement.Type.UNLOGGED, repositoryObserver);
  }

  /** A new counter batch, for statements of {@code @Increment} methods. */
  public Batch counterBatch() {
    return new Batch(session, BatchStatement.Type.COUNTER, repositoryObserver);
  }

  /** The session this mapper runs on. */
  public Session session() {
    return session;
  }

  /**
   * The keyspace of tables whose entity and repository name none, or null to leave table names
   * unqualified (the session's keyspace then applies).
   */
  public String keyspace() {
    return keyspace;
  }

  /** The null-saving strategy of methods, repositories and entities that choose none. */
  public NullSavingStrategy nullSaving() {
    return nullSaving;
  }

  /** When repository statements are prepared. */
  public StatementPreparation preparation() {
    return preparation;
  }

  void createAll() {
    for (RepositoryFactory<?> factory : registry.factories()) {
      // A repository on a named connection is created (and prepared) on first use: the
      // connection may be registered after the mapper is built, or belong to another cluster.
      if (factory.connection() == null) {
        repository(factory.repositoryType());
      }
    }
  }

  private <R> R create(RepositoryFactory<R> factory) {
    String connection = factory.connection();
    return connection == null
        ? create(factory, session, keyspace)
        : create(factory, Connections.session(connection), null);
  }

  private <R> R create(RepositoryFactory<R> factory, Session session, String keyspace) {
    RepositorySupport support =
        new RepositorySupport(session, keyspace, nullSaving, repositoryObserver);
    R repository = factory.create(support);
    if (preparation == StatementPreparation.EAGER) {
      support.prepareAll();
    }
    return repository;
  }

  /**
   * Stops this instance's schema heartbeat and deletes its row (see {@link SchemaManager#close()}).
   * Does not close the session.
   */
  @Override
  public void close() {
    schema.close();
  }

  @Override
  public String toString() {
    return "Mapper[keyspace=" + keyspace + ", repositories=" + repositories.keySet() + "]";
  }
}
