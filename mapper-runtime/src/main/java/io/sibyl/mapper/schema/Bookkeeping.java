package io.sibyl.mapper.schema;

import io.sibyl.driver.ResultSet;
import io.sibyl.driver.Session;
import io.sibyl.driver.SimpleStatement;
import io.sibyl.driver.error.AlreadyExistsException;
import io.sibyl.driver.metadata.KeyspaceMetadata;
import io.sibyl.mapper.generated.CqlNames;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

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
   * and the nodes' agreement on the schema awaited before the table is used — also when another
   * instance created it: this session may learn of the table from one node before the others have
   * it (then a statement coordinated by another node fails with "table does not exist").
   *
   * @throws SchemaAgreementException if the nodes do not agree on the schema in time
   */
  void ensureTable(String keyspace, String table, String definition) {
    boolean present =
        session.metadata().keyspace(keyspace).flatMap(k -> k.table(table)).isPresent();
    String name = CqlNames.qualify(keyspace, table);
    // A table id derived from the name: instances that create the table at once through different
    // coordinators (the schema lock's table cannot be created under the lock) create the same
    // table, instead of tables with conflicting ids that some nodes then do not know
    // (CASSANDRA-10699).
    UUID id = UUID.nameUUIDFromBytes(("sibyl:" + name).getBytes(StandardCharsets.UTF_8));
    String cql = "CREATE TABLE IF NOT EXISTS " + name + " " + definition + " WITH id = " + id;
    if (present) {
      awaitAgreement(cql);
      return;
    }
    try {
      ResultSet result = session.execute(cql);
      if (!result.executionInfo().schemaInAgreement()) {
        throw new SchemaAgreementException(cql);
      }
      // A no-op when the coordinator already had it (another instance's creation) awaits
      // nothing: the other nodes may not have it yet.
      awaitAgreement(cql);
    } catch (AlreadyExistsException e) {
      // Another instance created it between our metadata check and our statement.
      awaitAgreement(cql);
    }
  }

  /** Waits until the nodes agree on the schema and reloads this session's view of it. */
  private void awaitAgreement(String cql) {
    if (!session.refreshSchema()) {
      throw new SchemaAgreementException(cql);
    }
  }

  /**
   * Whether one of Sibyl's tables exists. This session's metadata may lag behind a table that
   * another instance just created (it hears of it through an event, a moment later), so a table the
   * metadata does not show is looked up on a node ({@code system_schema.tables}); Sibyl's tables
   * are created with agreement awaited, so any node that answers knows them once they are in use.
   */
  boolean hasTable(String keyspace, String table) {
    KeyspaceMetadata metadata = session.metadata().keyspace(keyspace).orElse(null);
    if (metadata != null && metadata.table(table).isPresent()) {
      return true;
    }
    return session
            .execute(
                SimpleStatement.of(
                        "SELECT table_name FROM system_schema.tables"
                            + " WHERE keyspace_name = ? AND table_name = ?",
                        keyspace,
                        table)
                    .withIdempotent(true))
            .one()
        != null;
  }
}
