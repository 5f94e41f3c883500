package io.sibyl.mapper.query;

import io.sibyl.driver.Session;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.generated.PreparedCql;
import io.sibyl.mapper.generated.RepositorySupport;
import io.sibyl.mapper.metamodel.TableMetamodel;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The DSL's prepared statements of one {@link Mapper} on one session and keyspace, one per query
 * shape (its CQL text with bind markers), so running a shape with new values prepares nothing. A
 * statement prepared on one session is never executed on another: each session (and keyspace) that
 * {@code using(...)} switches to has its own cache.
 */
final class StatementCache {

  /** The caches of a mapper, by session and keyspace. */
  private record Target(Session session, String keyspace) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Target t
          && t.session == session
          && java.util.Objects.equals(t.keyspace, keyspace);
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(session) * 31 + java.util.Objects.hashCode(keyspace);
    }
  }

  private static final Map<Mapper, ConcurrentMap<Target, StatementCache>> BY_MAPPER =
      new WeakHashMap<>();

  private final RepositorySupport support;
  private final ConcurrentMap<String, PreparedCql> statements = new ConcurrentHashMap<>();
  private final ConcurrentMap<TableMetamodel<?>, ShapeNode> roots = new ConcurrentHashMap<>();

  private StatementCache(Mapper mapper, Session session, String keyspace) {
    this.support = new RepositorySupport(session, keyspace, mapper.nullSaving());
  }

  /** The cache of a mapper on its own session and keyspace, created on first use. */
  static StatementCache of(Mapper mapper) {
    return of(mapper, mapper.session(), mapper.keyspace());
  }

  /**
   * The cache of a mapper on a session and keyspace (null: the session's), created on first use.
   */
  static StatementCache of(Mapper mapper, Session session, String keyspace) {
    ConcurrentMap<Target, StatementCache> caches;
    synchronized (BY_MAPPER) {
      caches = BY_MAPPER.computeIfAbsent(mapper, m -> new ConcurrentHashMap<>());
    }
    return caches.computeIfAbsent(
        new Target(session, keyspace), t -> new StatementCache(mapper, session, keyspace));
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
