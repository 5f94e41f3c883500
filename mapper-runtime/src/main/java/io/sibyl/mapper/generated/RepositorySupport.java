package io.sibyl.mapper.generated;

import io.sibyl.driver.AsyncResultSet;
import io.sibyl.driver.ResultSet;
import io.sibyl.driver.Session;
import io.sibyl.driver.Statement;
import io.sibyl.mapper.annotations.NullSavingStrategy;
import io.sibyl.mapper.observe.RepositoryObserver;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * What a generated repository needs from the {@code Mapper}: the session, the keyspace and
 * null-saving defaults, and its prepared statements. One per repository instance.
 */
public final class RepositorySupport {

  private final Session session;
  private final String keyspace;
  private final NullSavingStrategy nullSaving;
  private final RepositoryObserver observer;
  private final List<PreparedCql> statements = new CopyOnWriteArrayList<>();

  /** Support over a session, with the mapper's keyspace (null for none) and null-saving default. */
  public RepositorySupport(Session session, String keyspace, NullSavingStrategy nullSaving) {
    this(session, keyspace, nullSaving, RepositoryObserver.NONE);
  }

  /**
   * Support over a session, with the mapper's keyspace (null for none), null-saving default and
   * repository observer.
   */
  public RepositorySupport(
      Session session,
      String keyspace,
      NullSavingStrategy nullSaving,
      RepositoryObserver observer) {
    this.session = Objects.requireNonNull(session, "session");
    this.keyspace = keyspace;
    this.nullSaving = Objects.requireNonNull(nullSaving, "nullSaving");
    this.observer = Objects.requireNonNull(observer, "observer");
  }

  /**
   * The mapper's repository observer, which generated repository methods report to. A generated
   * method {@code findById} of {@code UserRepository} wraps its body as follows ({@code observer}
   * is a field set from this method, {@code REPOSITORY} a constant; with {@link
   * RepositoryObserver#NONE} every step is skipped and nothing is allocated):
   *
   * <pre>{@code
   * Object call = Observed.start(this.observer, REPOSITORY, "findById");
   * User result;
   * try {
   *   result = ...;                               // bind, execute, convert the result
   * } catch (RuntimeException | Error e) {
   *   Observed.stopQuietly(this.observer, call, e);
   *   throw e;
   * }
   * Observed.stopQuietly(this.observer, call, null);
   * return result;
   * // asynchronous methods: the stage is built in the try block (whose catch fails the stage
   * // instead: stage = CompletableFuture.failedFuture(e)), then
   * // return Observed.whenDone(this.observer, call, stage);
   * }</pre>
   */
  public RepositoryObserver observer() {
    return observer;
  }

  /** The session. */
  public Session session() {
    return session;
  }

  /**
   * A table name for statements of an entity and repository that name no keyspace: qualified with
   * the mapper's keyspace, else as is.
   *
   * @param table the table name in CQL form (quoted when needed)
   */
  public String table(String table) {
    return CqlNames.qualify(keyspace, table);
  }

  /**
   * A table name for statements: qualified with {@code declaredKeyspace} (from the entity or the
   * repository; empty when neither names one), else with the mapper's keyspace, else as is.
   *
   * @param declaredKeyspace the keyspace fixed at compile time, in CQL form, or empty
   * @param table the table name in CQL form (quoted when needed)
   */
  public String table(String declaredKeyspace, String table) {
    if (declaredKeyspace != null && !declaredKeyspace.isEmpty()) {
      return declaredKeyspace + "." + table;
    }
    return CqlNames.qualify(keyspace, table);
  }

  /** The keyspace of tables that name none, or null for the session's. */
  public String keyspace() {
    return keyspace;
  }

  /** Registers a statement, prepared on first use (or by {@link #prepareAll()}). */
  public PreparedCql prepare(String cql, boolean idempotent) {
    PreparedCql statement = new PreparedCql(session, cql, idempotent);
    statements.add(statement);
    return statement;
  }

  /** The statements registered so far. */
  public List<PreparedCql> statements() {
    return List.copyOf(statements);
  }

  /**
   * Prepares every registered statement (concurrently) and waits.
   *
   * @throws io.sibyl.driver.DriverException the first failure
   */
  public void prepareAll() {
    statements.forEach(PreparedCql::preparedAsync);
    // All are in flight; each wait goes through the session, which refuses on an I/O thread.
    statements.forEach(PreparedCql::prepared);
  }

  /**
   * Whether inserts and updates bind null for null properties, given the strategy the processor
   * resolved for the method (DEFAULT when no annotation chose one).
   */
  public boolean setsNulls(NullSavingStrategy declared) {
    NullSavingStrategy effective = declared == NullSavingStrategy.DEFAULT ? nullSaving : declared;
    return effective == NullSavingStrategy.SET_TO_NULL;
  }

  /** Executes a statement and waits for the first page. */
  public ResultSet execute(Statement<?> statement) {
    return session.execute(statement);
  }

  /** Executes a statement without blocking. */
  public CompletionStage<AsyncResultSet> executeAsync(Statement<?> statement) {
    return session.executeAsync(statement);
  }

  /**
   * Executes a statement without blocking and converts its first page: the returned stage completes
   * with the converted value, or fails with what the execution or the converter threw.
   */
  public <R> CompletionStage<R> executeAsync(
      Statement<?> statement, Function<? super AsyncResultSet, ? extends R> converter) {
    return session.executeAsync(statement, converter);
  }
}
