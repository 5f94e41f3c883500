package io.sibyl.it.mapper;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.Row;
import io.sibyl.driver.metadata.TableMetadata;
import io.sibyl.it.mapper.model.ReservedOrder;
import io.sibyl.it.mapper.model.ReservedOrderRepository;
import io.sibyl.it.mapper.model.ReservedOrder_;
import io.sibyl.it.support.SessionITBase;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.query.QueryTable;
import io.sibyl.mapper.schema.ChangeKind;
import io.sibyl.mapper.schema.SchemaChange;
import io.sibyl.mapper.schema.SchemaPlan;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Names that are CQL reserved words (keyspace {@code select}, table {@code order}, columns {@code
 * limit}, {@code token} and a stale {@code order}) through schema sync, a repository and the query
 * DSL: every statement Sibyl writes must quote them.
 */
@Timeout(120)
class ReservedWordNamesIT extends SessionITBase {

  /** The stored keyspace name; CQL writes it {@code "select"}. */
  private static final String RESERVED_KEYSPACE = "select";

  private static final String REPLICATION = "{'class': 'SimpleStrategy', 'replication_factor': 1}";

  @BeforeEach
  void dropReservedKeyspace() {
    session.execute("DROP KEYSPACE IF EXISTS \"select\"");
  }

  @AfterAll
  static void dropReservedKeyspaceAtEnd() {
    if (session != null) {
      session.execute("DROP KEYSPACE IF EXISTS \"select\"");
    }
  }

  private static Mapper mapper() {
    return Mapper.builder(session)
        .keyspace(RESERVED_KEYSPACE)
        .schemaEntities(ReservedOrder.class)
        .createKeyspace(REPLICATION)
        .allowSchemaChanges(ChangeKind.DROP_COLUMN)
        .build();
  }

  private static TableMetadata orderTable() {
    return session
        .metadata()
        .keyspace(RESERVED_KEYSPACE)
        .orElseThrow()
        .table("order")
        .orElseThrow();
  }

  @Test
  void should_create_keyspace_and_table_then_insert_and_select_when_names_are_reserved_words() {
    Mapper mapper = mapper();

    SchemaPlan plan = mapper.schema().plan();
    mapper.schema().apply();

    assertThat(plan.changes())
        .extracting(SchemaChange::kind)
        .containsExactly(ChangeKind.CREATE_KEYSPACE, ChangeKind.CREATE_TABLE);
    assertThat(plan.cqlScript())
        .contains("CREATE KEYSPACE IF NOT EXISTS \"select\"")
        .contains("\"select\".\"order\"");
    assertThat(mapper.schema().plan().isEmpty()).isTrue();
    assertThat(orderTable().columns()).containsKeys("key", "limit", "token", "status");

    ReservedOrderRepository orders = mapper.repository(ReservedOrderRepository.class);
    orders.save(new ReservedOrder("k1", 1, "t1", "new"));
    orders.save(new ReservedOrder("k1", 2, "t2", "new"));

    assertThat(orders.find("k1", 1)).contains(new ReservedOrder("k1", 1, "t1", "new"));
    assertThat(orders.findPartition("k1")).extracting(ReservedOrder::limit).containsExactly(1, 2);
    assertThat(orders.fromLimit("k1", 2)).extracting(ReservedOrder::token).containsExactly("t2");
    Row stored =
        session
            .execute(
                "SELECT \"token\" FROM \"select\".\"order\" WHERE key = 'k1' AND \"limit\" = 2")
            .one();
    assertThat(stored.getString("token")).isEqualTo("t2");
  }

  @Test
  void should_select_and_update_with_the_dsl_when_names_are_reserved_words() {
    Mapper mapper = mapper();
    mapper.schema().apply();
    QueryTable<ReservedOrder> orders = ReservedOrder_.table(mapper);
    orders.save(new ReservedOrder("k2", 1, "a", "new"));
    orders.save(new ReservedOrder("k2", 2, "b", "new"));

    orders
        .update()
        .set(ReservedOrder_.TOKEN.set("changed"))
        .where(ReservedOrder_.KEY.eq("k2"), ReservedOrder_.LIMIT.eq(2))
        .execute();
    List<ReservedOrder> fromTwo =
        orders.select().where(ReservedOrder_.KEY.eq("k2"), ReservedOrder_.LIMIT.gte(2)).list();
    List<String> tokens =
        orders.select(ReservedOrder_.TOKEN).where(ReservedOrder_.KEY.eq("k2")).list().stream()
            .map(p -> p.get(ReservedOrder_.TOKEN))
            .toList();

    assertThat(fromTwo).containsExactly(new ReservedOrder("k2", 2, "changed", "new"));
    assertThat(tokens).containsExactly("a", "changed");
    assertThat(orders.get("k2", 1).token()).isEqualTo("a");
  }

  @Test
  void should_drop_a_stale_column_named_with_a_reserved_word() {
    session.execute("CREATE KEYSPACE \"select\" WITH replication = " + REPLICATION);
    session.execute(
        "CREATE TABLE \"select\".\"order\" (key text, \"limit\" int, \"token\" text, status text,"
            + " \"order\" text, PRIMARY KEY (key, \"limit\"))");
    Mapper mapper = mapper();

    mapper.schema().apply();
    // Startup sync only expands: the stale column stays until contract() removes it.
    assertThat(orderTable().columns()).containsKey("order");
    SchemaPlan contracted = mapper.schema().contract();

    assertThat(contracted.changes())
        .extracting(SchemaChange::kind)
        .containsExactly(ChangeKind.DROP_COLUMN);
    assertThat(contracted.cqlScript()).contains("DROP \"order\"");
    assertThat(orderTable().columns()).doesNotContainKey("order").containsKey("limit");
    assertThat(mapper.schema().plan().isEmpty()).isTrue();
  }
}
