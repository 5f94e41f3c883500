package io.sibyl.it.parity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.Row;
import io.sibyl.driver.type.GenericType;
import io.sibyl.it.support.SessionITBase;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.schema.ChangeKind;
import io.sibyl.mapper.schema.Replication;
import io.sibyl.mapper.schema.SchemaCallRefusedException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keyspace and table management on {@code mapper.schema()}: keyspaces created with their
 * replication (read back from {@code system_schema}) and dropped; destructive calls refused until
 * the mapper allows them.
 */
class SchemaManagementIT extends SessionITBase {

  private static final String SIMPLE = "it_parity_mgmt_simple";
  private static final String TOPOLOGY = "it_parity_mgmt_nts";
  private static final String DROPPED = "it_parity_mgmt_dropped";

  private static Mapper guarded;
  private static Mapper allowing;

  @BeforeAll
  static void createMappers() {
    guarded = Mapper.builder(session).keyspace(keyspace).schemaEntities(Scratch.class).build();
    // tag::allow[]
    allowing =
        Mapper.builder(session)
            .keyspace(keyspace)
            .schemaEntities(Scratch.class)
            .allowSchemaChanges(
                ChangeKind.DROP_TABLE, ChangeKind.DROP_KEYSPACE, ChangeKind.TRUNCATE_TABLE)
            .build();
    // end::allow[]
  }

  @AfterAll
  static void dropKeyspaces() {
    for (String name : new String[] {SIMPLE, TOPOLOGY, DROPPED}) {
      session.execute("DROP KEYSPACE IF EXISTS " + name);
    }
    guarded.close();
    allowing.close();
  }

  private static Row keyspaceRow(String name) {
    return session
        .execute(
            "SELECT replication, durable_writes FROM system_schema.keyspaces"
                + " WHERE keyspace_name = ?",
            name)
        .one();
  }

  private static boolean tableExists(String table) {
    return session
            .execute(
                "SELECT table_name FROM system_schema.tables WHERE keyspace_name = ? AND"
                    + " table_name = ?",
                keyspace,
                table)
            .one()
        != null;
  }

  @Test
  void should_create_a_keyspace_with_simple_replication_once() {
    // tag::simple[]
    guarded.schema().createKeyspace(SIMPLE, Replication.simple(1));
    guarded.schema().createKeyspace(SIMPLE, Replication.simple(3)); // exists: left as it is
    // end::simple[]

    Row row = keyspaceRow(SIMPLE);
    assertThat(row.get(0, GenericType.mapOf(String.class, String.class)))
        .containsEntry("class", "org.apache.cassandra.locator.SimpleStrategy")
        .containsEntry("replication_factor", "1");
    assertThat(row.getBoolean(1)).isTrue();
    assertThat(session.metadata().keyspace(SIMPLE)).isPresent();
  }

  @Test
  void should_create_a_keyspace_with_network_topology_and_durable_writes_off() {
    String dc = cluster.localDatacenter();
    // tag::network[]
    guarded.schema().createKeyspace(TOPOLOGY, Replication.networkTopology(Map.of(dc, 1)), false);
    // end::network[]

    Row row = keyspaceRow(TOPOLOGY);
    assertThat(row.get(0, GenericType.mapOf(String.class, String.class)))
        .containsEntry("class", "org.apache.cassandra.locator.NetworkTopologyStrategy")
        .containsEntry(dc, "1");
    assertThat(row.getBoolean(1)).isFalse();
  }

  @Test
  void should_refuse_dropping_a_keyspace_until_allowed() {
    guarded.schema().createKeyspace(DROPPED, Replication.simple(1));

    assertThatThrownBy(() -> guarded.schema().dropKeyspace(DROPPED))
        .isInstanceOf(SchemaCallRefusedException.class)
        .hasMessage(
            "Refusing DROP KEYSPACE IF EXISTS "
                + DROPPED
                + ": destructive schema calls are refused unless allowed; nothing was sent. To"
                + " allow it, build the mapper with"
                + " Mapper.builder(session).allowSchemaChanges(ChangeKind.DROP_KEYSPACE)");
    assertThat(keyspaceRow(DROPPED)).isNotNull();

    allowing.schema().dropKeyspace(DROPPED);

    assertThat(keyspaceRow(DROPPED)).isNull();
    assertThat(session.metadata().keyspace(DROPPED)).isEmpty();
  }

  @Test
  void should_refuse_truncate_and_drop_table_until_allowed() {
    session.execute(ScratchTable.INSTANCE.createTableCql(keyspace));
    allowing.table(Scratch.class).save(new Scratch(1, "keep?"));

    assertThatThrownBy(() -> guarded.schema().truncate(Scratch.class))
        .isInstanceOf(SchemaCallRefusedException.class)
        .hasMessageContaining("Refusing TRUNCATE " + keyspace + ".parity_scratch")
        .hasMessageEndingWith("allowSchemaChanges(ChangeKind.TRUNCATE_TABLE)");
    assertThat(allowing.table(Scratch.class).get(1)).isNotNull();

    // tag::truncate[]
    allowing.schema().truncate(Scratch.class);
    // end::truncate[]
    assertThat(allowing.table(Scratch.class).get(1)).isNull();

    assertThatThrownBy(() -> guarded.schema().dropTable(Scratch.class))
        .isInstanceOf(SchemaCallRefusedException.class)
        .hasMessageContaining("Refusing DROP TABLE IF EXISTS " + keyspace + ".parity_scratch")
        .hasMessageEndingWith("allowSchemaChanges(ChangeKind.DROP_TABLE)");
    assertThat(tableExists("parity_scratch")).isTrue();

    // tag::drop[]
    allowing.schema().dropTable(Scratch.class);
    allowing.schema().dropKeyspace(DROPPED); // refused by a mapper that does not allow it
    // end::drop[]
    assertThat(tableExists("parity_scratch")).isFalse();
  }
}
