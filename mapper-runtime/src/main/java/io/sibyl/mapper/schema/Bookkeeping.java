package io.sibyl.mapper.schema;

import io.sibyl.driver.ResultSet;
import io.sibyl.driver.Session;
import io.sibyl.driver.SimpleStatement;
import io.sibyl.driver.error.AlreadyExistsException;
import io.sibyl.driver.metadata.KeyspaceMetadata;
import io.sibyl.mapper.generated.CqlNames;

/**
 * Reads and writes Sibyl's own tables ({@code sibyl_schema_*}) at the configured consistency: plain
 * reads and writes at {@code QUORUM} (or {@code LOCAL_QUORUM}), lightweight transactions and
 * linearizable reads at {@code SERIAL} (or {@code LOCAL_SERIAL}).
 */
final class Bookkeeping {

  private final Session session;
  private final SchemaCoordination coordination;

  Bookkeeping(Session session, SchemaCoordination coordination) {
    this.session = session;
    this.coordination = coordination;
  }

  Session session() {
    return session;
  }

  SchemaCoordination coordination() {
    return coordination;
  }

  /** A read or write at the bookkeeping consistency. */
  ResultSet execute(String cql, Object... values) {
    return session.execute(statement(cql, values));
  }

  /** A linearizable read: sees every lightweight transaction that completed before it. */
  ResultSet serialRead(String cql, Object... values) {
    return session.execute(
        SimpleStatement.of(cql, values)
            .withConsistency(coordination.serialConsistency())
            .withIdempotent(true));
  }

  /** A lightweight transaction ({@code IF ...}); callers check {@code wasApplied()}. */
  ResultSet conditional(String cql, Object... values) {
    return session.execute(
        statement(cql, values).withSerialConsistency(coordination.serialConsistency()));
  }

  private SimpleStatement statement(String cql, Object... values) {
    return SimpleStatement.of(cql, values).withConsistency(coordination.consistency());
  }

  /**
   * Creates one of Sibyl's tables if it is missing, safely when several instances do so at once:
   * {@code CREATE TABLE IF NOT EXISTS}, a concurrent creation's {@code AlreadyExists} tolerated,
   * and the nodes' agreement on the schema awaited before the table is used.
   *
   * @throws SchemaAgreementException if the nodes do not agree on the schema in time
   */
  void ensureTable(String keyspace, String table, String definition) {
    boolean present =
        session.metadata().keyspace(keyspace).flatMap(k -> k.table(table)).isPresent();
    if (present) {
      return;
    }
    String cql =
        "CREATE TABLE IF NOT EXISTS " + CqlNames.qualify(keyspace, table) + " " + definition;
    try {
      ResultSet result = session.execute(cql);
      if (!result.executionInfo().schemaInAgreement()) {
        throw new SchemaAgreementException(cql);
      }
    } catch (AlreadyExistsException e) {
      // Another instance created it between our metadata check and our statement.
      session.refreshSchema();
    }
  }

  /** Whether one of Sibyl's tables exists (from the session's metadata). */
  boolean hasTable(String keyspace, String table) {
    KeyspaceMetadata metadata = session.metadata().keyspace(keyspace).orElse(null);
    return metadata != null && metadata.table(table).isPresent();
  }
}
