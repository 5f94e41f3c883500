package io.sibyl.mapper.query;

import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.generated.PreparedCql;
import io.sibyl.mapper.generated.RepositorySupport;
import io.sibyl.mapper.metamodel.TableMetamodel;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The DSL's prepared statements of one {@link Mapper}, one per query shape (its CQL text with bind
 * markers), so running a shape with new values prepares nothing.
 */
final class StatementCache {

  private static final Map<Mapper, StatementCache> BY_MAPPER = new WeakHashMap<>();

  private final RepositorySupport support;
  private final ConcurrentMap<String, PreparedCql> statements = new ConcurrentHashMap<>();
  private final ConcurrentMap<TableMetamodel<?>, ShapeNode> roots = new ConcurrentHashMap<>();

  private StatementCache(Mapper mapper) {
    this.support = new RepositorySupport(mapper.session(), mapper.keyspace(), mapper.nullSaving());
  }

  /** The cache of a mapper, created on first use. */
  static StatementCache of(Mapper mapper) {
    synchronized (BY_MAPPER) {
      return BY_MAPPER.computeIfAbsent(mapper, StatementCache::new);
    }
  }

  /** The table name for statements, qualified as repositories qualify it. */
  String table(String declaredKeyspace, String tableCql) {
    return support.table(declaredKeyspace, tableCql);
  }

  /** The cached statement of a shape, or null when the shape has not been seen. */
  PreparedCql cached(String cql) {
    return statements.get(cql);
  }

  /** The statement of a shape, registered (and later prepared) once. */
  PreparedCql statement(String cql, boolean idempotent) {
    return statements.computeIfAbsent(cql, text -> support.prepare(text, idempotent));
  }

  /** The root of the select shapes of a table, shared by its queries on this mapper. */
  ShapeNode root(TableMetamodel<?> model) {
    return roots.computeIfAbsent(model, m -> new ShapeNode());
  }

  /** The number of shapes seen. */
  int size() {
    return statements.size();
  }
}
