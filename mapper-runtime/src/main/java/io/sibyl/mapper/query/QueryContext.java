package io.sibyl.mapper.query;

import io.sibyl.driver.AsyncResultSet;
import io.sibyl.driver.BoundStatement;
import io.sibyl.driver.ResultSet;
import io.sibyl.driver.Session;
import io.sibyl.mapper.LwtResult;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.annotations.NullSavingStrategy;
import io.sibyl.mapper.generated.ColumnDescriptor;
import io.sibyl.mapper.generated.PreparedCql;
import io.sibyl.mapper.generated.Results;
import io.sibyl.mapper.internal.query.SasiIndex;
import io.sibyl.mapper.metamodel.TableMetamodel;
import io.sibyl.mapper.observe.Observed;
import io.sibyl.mapper.observe.RepositoryObserver;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** What the queries of one table on one mapper share: the metamodel and the statement cache. */
final class QueryContext<T> {

  private final Mapper mapper;
  private final Session session;
  private final String keyspace;
  private final TableMetamodel<T> model;
  private final StatementCache cache;
  private final String table;
  private final Map<String, SasiIndex> unboundSasiIndexes;
  private final ShapeNode shapes;
  private final Function<ColumnDescriptor, SasiIndex> sasiIndexes = this::sasiIndex;
  private final RepositoryObserver observer;
  private final String observedName;

  /** The select of whole entities with nothing added, made on first use (queries are immutable). */
  SelectQuery<T, T> entities;

  QueryContext(Mapper mapper, TableMetamodel<T> model) {
    this(mapper, mapper.session(), mapper.keyspace(), model);
  }

  /**
   * A context on a session and keyspace of the mapper's choosing: its own, the entity's named
   * connection, or a per-call switch ({@code using(...)}).
   *
   * @param keyspace the keyspace of tables the entity qualifies with none, or null for the
   *     session's
   */
  QueryContext(Mapper mapper, Session session, String keyspace, TableMetamodel<T> model) {
    this.mapper = mapper;
    this.session = session;
    this.keyspace = keyspace;
    this.model = model;
    this.cache = StatementCache.of(mapper, session, keyspace);
    this.table = cache.table(model.declaredKeyspace(), model.tableCql());
    this.unboundSasiIndexes = Map.of();
    this.shapes = cache.root(model);
    this.observer = mapper.repositoryObserver();
    this.observedName = model.table().name();
  }

  /** A context that builds and checks queries but cannot run them (no mapper). */
  QueryContext(TableMetamodel<T> model, String keyspace) {
    this(model, keyspace, Map.of());
  }

  /**
   * A context without mapper whose schema has these SASI indexes.
   *
   * @param sasiIndexes the SASI indexes by column name, for the checks of {@code LIKE}
   */
  QueryContext(TableMetamodel<T> model, String keyspace, Map<String, SasiIndex> sasiIndexes) {
    this.mapper = null;
    this.session = null;
    this.keyspace = keyspace;
    this.model = model;
    this.cache = null;
    this.table =
        model.declaredKeyspace().isEmpty()
            ? io.sibyl.mapper.generated.CqlNames.qualify(keyspace, model.tableCql())
            : model.declaredKeyspace() + "." + model.tableCql();
    this.unboundSasiIndexes = Map.copyOf(sasiIndexes);
    this.shapes = new ShapeNode();
    this.observer = RepositoryObserver.NONE;
    this.observedName = model.table().name();
  }

  /** The mapper's repository observer ({@link RepositoryObserver#NONE} when none). */
  RepositoryObserver observer() {
    return observer;
  }

  /** The name calls are reported under: the table's. */
  String observedName() {
    return observedName;
  }

  /** The mapper, or null for a context that cannot run queries. */
  Mapper mapper() {
    return mapper;
  }

  /** The session queries run on, or null for a context that cannot run queries. */
  Session session() {
    return session;
  }

  /** The keyspace of unqualified tables, or null for the session's. */
  String keyspace() {
    return keyspace;
  }

  /** The token ring of the session queries run on, or empty when it has none (or no session). */
  java.util.Optional<io.sibyl.driver.metadata.TokenMap> tokenMap() {
    return session == null ? java.util.Optional.empty() : session.metadata().tokenMap();
  }

  TableMetamodel<T> model() {
    return model;
  }

  StatementCache cache() {
    return cache;
  }

  /** The root of the table's select shapes (shared by the contexts of the table on a mapper). */
  ShapeNode shapes() {
    return shapes;
  }

  /** The qualified table name. */
  String table() {
    return table;
  }

  boolean setsNulls() {
    return mapper != null && mapper.nullSaving() == NullSavingStrategy.SET_TO_NULL;
  }

  /** {@link #sasiIndex} as a function, for the checks of {@code LIKE}. */
  Function<ColumnDescriptor, SasiIndex> sasiIndexes() {
    return sasiIndexes;
  }

  /**
   * The SASI index on a column, as the session's schema metadata describes it, or null when there
   * is none.
   */
  SasiIndex sasiIndex(ColumnDescriptor column) {
    if (mapper == null) {
      return unboundSasiIndexes.get(column.name());
    }
    String keyspaceName =
        model.declaredKeyspace().isEmpty()
            ? (keyspace != null ? keyspace : session.keyspace())
            : SasiIndex.unquote(model.declaredKeyspace());
    return SasiIndex.find(session.metadata(), keyspaceName, model.table().name(), column.name());
  }

  /** The statement of a shape already seen, or null (never checks nor prepares anything). */
  PreparedCql cached(String cql) {
    return cache == null ? null : cache.cached(cql);
  }

  /**
   * The statement of a shape: {@code check} runs the first time the shape is seen (the outcome of
   * the checks depends on the shape only).
   */
  PreparedCql statement(String cql, boolean idempotent, Runnable check) {
    if (cache == null) {
      check.run();
      throw new IllegalStateException("This table is not bound to a mapper: " + cql);
    }
    PreparedCql cached = cache.cached(cql);
    if (cached != null) {
      return cached;
    }
    check.run();
    return cache.statement(cql, idempotent);
  }

  /**
   * Runs a statement of the terminal operation {@code method}, reported to the mapper's {@link
   * RepositoryObserver} with the table's name (skipped, allocation-free, when there is none).
   */
  ResultSet execute(String method, BoundStatement bs) {
    RepositoryObserver observer = this.observer;
    if (observer == RepositoryObserver.NONE) {
      return session.execute(bs);
    }
    Object call = Observed.start(observer, observedName, method);
    ResultSet rs;
    try {
      rs = session.execute(bs);
    } catch (RuntimeException | Error e) {
      Observed.stopQuietly(observer, call, e);
      throw e;
    }
    Observed.stopQuietly(observer, call, null);
    return rs;
  }

  /** {@link #execute} without blocking; the observer hears when the first page arrives. */
  CompletionStage<AsyncResultSet> executeAsync(String method, BoundStatement bs) {
    RepositoryObserver observer = this.observer;
    if (observer == RepositoryObserver.NONE) {
      return session.executeAsync(bs);
    }
    Object call = Observed.start(observer, observedName, method);
    CompletionStage<AsyncResultSet> rs;
    try {
      rs = session.executeAsync(bs);
    } catch (RuntimeException | Error e) {
      Observed.stopQuietly(observer, call, e);
      throw e;
    }
    return Observed.whenDone(observer, call, rs);
  }

  /**
   * {@link #executeAsync(String, BoundStatement)} with the first page converted by the driver as
   * the response is handled (no stage chained on the result set); the observer hears when the
   * converted value (or the failure, the converter's included) is there.
   */
  <R> CompletionStage<R> executeAsync(
      String method, BoundStatement bs, Function<? super AsyncResultSet, ? extends R> converter) {
    RepositoryObserver observer = this.observer;
    if (observer == RepositoryObserver.NONE) {
      return session.executeAsync(bs, converter);
    }
    Object call = Observed.start(observer, observedName, method);
    CompletionStage<R> converted;
    try {
      converted = session.executeAsync(bs, converter);
    } catch (RuntimeException | Error e) {
      Observed.stopQuietly(observer, call, e);
      throw e;
    }
    return Observed.whenDone(observer, call, converted);
  }

  /**
   * Runs a write: an unconditional one is always applied; a conditional one reports whether it was,
   * with the current values when it was not.
   */
  LwtResult<T> executeWrite(String method, BoundStatement bs, boolean conditional) {
    ResultSet rs = execute(method, bs);
    return conditional ? Results.lwt(rs, model.table()) : LwtResult.applied();
  }

  /** {@link #executeWrite} without blocking, preparing the statement if needed. */
  CompletionStage<LwtResult<T>> executeWriteAsync(
      String method,
      Supplier<PreparedCql> statement,
      UnaryOperator<BoundStatement> bind,
      boolean conditional) {
    PreparedCql prepared;
    try {
      prepared = statement.get();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    CompletionStage<AsyncResultSet> rs =
        prepared.bindAsync().thenCompose(bs -> executeAsync(method, bind.apply(bs)));
    return conditional
        ? rs.thenCompose(r -> Results.lwtAsync(r, model.table()))
        : rs.thenApply(r -> LwtResult.applied());
  }
}
