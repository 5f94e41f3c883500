package io.sibyl.mapper.query;

import io.sibyl.driver.AsyncResultSet;
import io.sibyl.driver.BoundStatement;
import io.sibyl.driver.ResultSet;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.annotations.NullSavingStrategy;
import io.sibyl.mapper.generated.PreparedCql;
import java.util.concurrent.CompletionStage;

/** What the queries of one table on one mapper share: the metamodel and the statement cache. */
final class QueryContext<T> {

  private final Mapper mapper;
  private final TableMetamodel<T> model;
  private final StatementCache cache;
  private final String table;

  QueryContext(Mapper mapper, TableMetamodel<T> model) {
    this.mapper = mapper;
    this.model = model;
    this.cache = StatementCache.of(mapper);
    this.table = cache.table(model.declaredKeyspace(), model.tableCql());
  }

  /** A context that builds and checks queries but cannot run them (no mapper). */
  QueryContext(TableMetamodel<T> model, String keyspace) {
    this.mapper = null;
    this.model = model;
    this.cache = null;
    this.table =
        model.declaredKeyspace().isEmpty()
            ? io.sibyl.mapper.generated.CqlNames.qualify(keyspace, model.tableCql())
            : model.declaredKeyspace() + "." + model.tableCql();
  }

  TableMetamodel<T> model() {
    return model;
  }

  StatementCache cache() {
    return cache;
  }

  /** The qualified table name. */
  String table() {
    return table;
  }

  boolean setsNulls() {
    return mapper != null && mapper.nullSaving() == NullSavingStrategy.SET_TO_NULL;
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

  ResultSet execute(BoundStatement bs) {
    return mapper.session().execute(bs);
  }

  CompletionStage<AsyncResultSet> executeAsync(BoundStatement bs) {
    return mapper.session().executeAsync(bs);
  }
}
