package io.sibyl.mapper.schema;

import io.sibyl.driver.ResultSet;
import io.sibyl.driver.Session;
import io.sibyl.driver.SimpleStatement;
import io.sibyl.mapper.MapperException;
import io.sibyl.mapper.generated.CqlNames;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The keyspace and table management calls of {@link SchemaManager}: each runs one schema statement
 * and waits for the nodes to agree on the result; destructive ones run only when the mapper's
 * settings allow their {@link ChangeKind}.
 */
final class SchemaCalls {

  private final Session session;
  private final String defaultKeyspace;
  private final Set<ChangeKind> allowed;
  private final Supplier<List<SchemaContributor>> contributors;

  SchemaCalls(
      Session session,
      String defaultKeyspace,
      Set<ChangeKind> allowed,
      Supplier<List<SchemaContributor>> contributors) {
    this.session = session;
    this.defaultKeyspace = defaultKeyspace;
    this.allowed = allowed;
    this.contributors = contributors;
  }

  void createKeyspace(String name, Replication replication, boolean durableWrites) {
    run(
        "CREATE KEYSPACE IF NOT EXISTS "
            + CqlNames.quoteIfNeeded(name)
            + " WITH replication = "
            + replication.cql()
            + " AND durable_writes = "
            + durableWrites);
  }

  void dropKeyspace(String name) {
    String cql = "DROP KEYSPACE IF EXISTS " + CqlNames.quoteIfNeeded(name);
    refuseUnlessAllowed(cql, ChangeKind.DROP_KEYSPACE);
    run(cql);
  }

  void dropTable(Class<?> entity) {
    String cql = "DROP TABLE IF EXISTS " + qualifiedTable(entity);
    refuseUnlessAllowed(cql, ChangeKind.DROP_TABLE);
    run(cql);
  }

  void truncate(Class<?> entity) {
    String cql = "TRUNCATE " + qualifiedTable(entity);
    refuseUnlessAllowed(cql, ChangeKind.TRUNCATE_TABLE);
    // Not a schema change: the coordinator answers once every replica has truncated.
    session.execute(SimpleStatement.of(cql));
  }

  private void refuseUnlessAllowed(String cql, ChangeKind kind) {
    if (!allowed.contains(kind)) {
      throw new SchemaCallRefusedException(cql, kind);
    }
  }

  /** The table of an entity, qualified with its keyspace or the mapper's. */
  String qualifiedTable(Class<?> entity) {
    for (SchemaContributor contributor : contributors.get()) {
      for (TableSchema table : contributor.tables()) {
        if (table.entityType() == entity) {
          if (!table.keyspace().isEmpty()) {
            return table.keyspace() + "." + table.cql();
          }
          if (defaultKeyspace == null) {
            throw new MapperException(
                "Entity "
                    + entity.getName()
                    + " names no keyspace and the mapper has none: set @Table(keyspace) or"
                    + " Mapper.builder(session).keyspace(...)");
          }
          return CqlNames.qualify(defaultKeyspace, table.cql());
        }
      }
    }
    throw new MapperException(
        "No @Table model found for "
            + entity.getName()
            + ": annotate it with @Table and run sibyl-mapper-processor on it");
  }

  private void run(String cql) {
    ResultSet result = session.execute(SimpleStatement.of(cql));
    if (!result.executionInfo().schemaInAgreement() || !session.refreshSchema()) {
      throw new SchemaAgreementException(cql);
    }
  }
}
