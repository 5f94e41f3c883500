package io.sibyl.mapper.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.metadata.ColumnMetadata;
import io.sibyl.driver.metadata.IndexMetadata;
import io.sibyl.driver.metadata.KeyspaceMetadata;
import io.sibyl.driver.metadata.TableMetadata;
import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.UserDefinedType;
import io.sibyl.mapper.MapperException;
import io.sibyl.mapper.annotations.IndexType;
import io.sibyl.mapper.generated.ColumnDescriptor;
import io.sibyl.mapper.generated.ColumnKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SchemaDiffTest {

  private static final String KS = "shop";

  private static final TypeSchema GEO =
      new TypeSchema(
          Object.class, "geo", "geo", List.of(new FieldSchema("lat", "lat", "double")), List.of());
  private static final TypeSchema ADDRESS =
      new TypeSchema(
          String.class,
          "address",
          "address",
          List.of(
              new FieldSchema("street", "street", "text"),
              new FieldSchema("geo", "geo", "frozen<geo>")),
          List.of("geo"));

  private static TableSchema users(List<ColumnDescriptor> columns, List<String> options) {
    return new TableSchema(
        Object.class,
        "",
        "users",
        "users",
        columns,
        options,
        List.of(new IndexSchema("users_name_idx", "name", "values", IndexType.SECONDARY, "")),
        List.of("address", "geo"));
  }

  private static List<ColumnDescriptor> userColumns(String nameType) {
    return List.of(
        new ColumnDescriptor("id", "id", "id", "uuid", ColumnKind.PARTITION_KEY, 0, false),
        new ColumnDescriptor("name", "name", "name", nameType, ColumnKind.REGULAR, 0, false),
        new ColumnDescriptor(
            "home", "home", "home", "frozen<address>", ColumnKind.REGULAR, 0, false));
  }

  private static ColumnMetadata column(String name, String type, ColumnMetadata.Kind kind) {
    return new ColumnMetadata(name, DataTypes.parse(type), kind, 0, false);
  }

  private static KeyspaceMetadata keyspace(
      List<TableMetadata> tables, List<UserDefinedType> types) {
    Map<String, TableMetadata> byName = new LinkedHashMap<>();
    tables.forEach(t -> byName.put(t.name(), t));
    Map<String, UserDefinedType> typesByName = new LinkedHashMap<>();
    types.forEach(t -> typesByName.put(t.name(), t));
    return new KeyspaceMetadata(KS, true, Map.of(), byName, typesByName);
  }

  private static TableMetadata liveUsers(
      List<ColumnMetadata> regular, Map<String, IndexMetadata> indexes) {
    ColumnMetadata id = column("id", "uuid", ColumnMetadata.Kind.PARTITION_KEY);
    Map<String, ColumnMetadata> columns = new LinkedHashMap<>();
    columns.put("id", id);
    regular.forEach(c -> columns.put(c.name(), c));
    return new TableMetadata(
        KS, "users", List.of(id), List.of(), columns, Map.of("default_time_to_live", "0"), indexes);
  }

  private static UserDefinedType udt(String name, List<String> fields, List<DataType> types) {
    return new UserDefinedType(KS, name, fields, types, true);
  }

  private static UserDefinedType liveGeo() {
    return udt("geo", List.of("lat"), List.of(DataTypes.parse("double")));
  }

  private static UserDefinedType liveAddress() {
    return udt("address", List.of("street", "geo"), List.of(DataTypes.parse("text"), liveGeo()));
  }

  private static List<SchemaChange> diff(KeyspaceMetadata live, TableSchema table) {
    return SchemaDiff.diff(KS, live, List.of(ADDRESS, GEO), List.of(table), null, Set.of());
  }

  @Test
  void should_create_types_before_tables_and_indexes_when_keyspace_is_empty() {
    List<SchemaChange> changes =
        diff(keyspace(List.of(), List.of()), users(userColumns("text"), List.of()));

    assertThat(changes)
        .extracting(SchemaChange::kind)
        .containsExactly(
            ChangeKind.CREATE_TYPE,
            ChangeKind.CREATE_TYPE,
            ChangeKind.CREATE_TABLE,
            ChangeKind.CREATE_INDEX);
    assertThat(changes.get(0).cql()).isEqualTo("CREATE TYPE IF NOT EXISTS shop.geo (lat double)");
    assertThat(changes.get(1).cql()).contains("shop.address");
    assertThat(changes.get(2).cql())
        .isEqualTo(
            "CREATE TABLE IF NOT EXISTS shop.users (id uuid, name text, home frozen<address>,"
                + " PRIMARY KEY (id))");
    assertThat(changes).allMatch(SchemaChange::isSafe);
  }

  @Test
  void should_plan_nothing_when_schema_matches() {
    KeyspaceMetadata live =
        keyspace(
            List.of(
                liveUsers(
                    List.of(
                        column("name", "text", ColumnMetadata.Kind.REGULAR),
                        new ColumnMetadata(
                            "home", liveAddress(), ColumnMetadata.Kind.REGULAR, 0, false)),
                    Map.of(
                        "users_name_idx",
                        new IndexMetadata("users_name_idx", "COMPOSITES", Map.of())))),
            List.of(liveGeo(), liveAddress()));

    assertThat(diff(live, users(userColumns("varchar"), List.of()))).isEmpty();
  }

  @Test
  void should_plan_safe_additions_when_model_gained_column_field_index_and_option() {
    KeyspaceMetadata live =
        keyspace(
            List.of(
                liveUsers(List.of(column("name", "text", ColumnMetadata.Kind.REGULAR)), Map.of())),
            List.of(
                liveGeo(), udt("address", List.of("street"), List.of(DataTypes.parse("text")))));

    List<SchemaChange> changes =
        diff(live, users(userColumns("text"), List.of("default_time_to_live = 3600")));

    assertThat(changes)
        .extracting(SchemaChange::kind)
        .containsExactly(
            ChangeKind.ADD_TYPE_FIELD,
            ChangeKind.ADD_COLUMN,
            ChangeKind.ALTER_TABLE_OPTIONS,
            ChangeKind.CREATE_INDEX);
    assertThat(changes)
        .extracting(SchemaChange::cql)
        .containsExactly(
            "ALTER TYPE shop.address ADD geo frozen<geo>",
            "ALTER TABLE shop.users ADD home frozen<address>",
            "ALTER TABLE shop.users WITH default_time_to_live = 3600",
            "CREATE INDEX IF NOT EXISTS users_name_idx ON shop.users (name)");
    assertThat(changes).allMatch(SchemaChange::isSafe);
  }

  @Test
  void should_plan_unsafe_changes_when_type_or_key_differ_or_column_is_unmapped() {
    ColumnMetadata id = column("id", "text", ColumnMetadata.Kind.PARTITION_KEY);
    Map<String, ColumnMetadata> columns = new LinkedHashMap<>();
    columns.put("id", id);
    columns.put("name", column("name", "int", ColumnMetadata.Kind.REGULAR));
    columns.put("legacy", column("legacy", "text", ColumnMetadata.Kind.REGULAR));
    columns.put(
        "home", new ColumnMetadata("home", liveAddress(), ColumnMetadata.Kind.REGULAR, 0, false));
    TableMetadata table =
        new TableMetadata(
            KS,
            "users",
            List.of(id),
            List.of(),
            columns,
            Map.of(),
            Map.of("users_name_idx", new IndexMetadata("users_name_idx", "COMPOSITES", Map.of())));
    KeyspaceMetadata live = keyspace(List.of(table), List.of(liveGeo(), liveAddress()));

    List<SchemaChange> changes = diff(live, users(userColumns("text"), List.of()));

    assertThat(changes)
        .extracting(SchemaChange::kind)
        .containsExactly(
            ChangeKind.CHANGE_PRIMARY_KEY, ChangeKind.CHANGE_COLUMN_TYPE, ChangeKind.DROP_COLUMN);
    assertThat(changes).noneMatch(SchemaChange::isSafe);
    assertThat(changes.get(0).description()).contains("id text", "id uuid");
    assertThat(changes.get(1).description()).contains("name", "int", "text");
    assertThat(changes.get(2).cql()).isEqualTo("ALTER TABLE shop.users DROP legacy");
  }

  @Test
  void should_list_refused_changes_with_the_option_that_allows_them() {
    SchemaChange drop =
        new SchemaChange(ChangeKind.DROP_COLUMN, "shop.users.legacy", "not mapped", "x", "");
    SchemaChange type =
        new SchemaChange(
            ChangeKind.CHANGE_COLUMN_TYPE, "shop.users.name", "int vs text", "-- x", "migrate");

    String message = new UnsafeSchemaChangeException(List.of(drop, type)).getMessage();

    assertThat(message).contains("mapper.schema().contract()", "shop.users.name", "migrate");
  }

  @Test
  void should_plan_table_drops_only_for_tables_an_earlier_model_of_this_app_mapped() {
    KeyspaceMetadata live =
        keyspace(
            List.of(
                liveUsers(List.of(column("name", "text", ColumnMetadata.Kind.REGULAR)), Map.of()),
                other("old_orders"),
                other("billing_invoices"),
                other("sibyl_schema_history")),
            List.of());
    TableSchema table =
        new TableSchema(
            Object.class,
            "",
            "users",
            "users",
            userColumns("text").subList(0, 2),
            List.of(),
            List.of(),
            List.of());

    List<SchemaChange> changes =
        SchemaDiff.diff(KS, live, List.of(), List.of(table), null, Set.of("users", "old_orders"));

    assertThat(changes)
        .extracting(c -> c.kind() + " " + c.target())
        .containsExactly("DROP_TABLE shop.old_orders");
    SchemaPlan plan = new SchemaPlan(changes);
    assertThat(plan.contractions()).hasSize(1);
    assertThat(plan.conflicts()).isEmpty();
  }

  @Test
  void should_plan_the_drop_of_an_unmapped_columns_index_before_the_column() {
    KeyspaceMetadata live =
        keyspace(
            List.of(
                liveUsers(
                    List.of(
                        column("name", "text", ColumnMetadata.Kind.REGULAR),
                        column("rating", "int", ColumnMetadata.Kind.REGULAR)),
                    Map.of(
                        "users_rating_idx",
                        new IndexMetadata(
                            "users_rating_idx",
                            "COMPOSITES",
                            Map.of("target", "values(rating)"))))),
            List.of());
    TableSchema table =
        new TableSchema(
            Object.class,
            "",
            "users",
            "users",
            userColumns("text").subList(0, 2),
            List.of(),
            List.of(),
            List.of());

    List<SchemaChange> changes =
        SchemaDiff.diff(KS, live, List.of(), List.of(table), null, Set.of());

    assertThat(changes)
        .extracting(SchemaChange::cql)
        .containsExactly(
            "DROP INDEX IF EXISTS shop.users_rating_idx", "ALTER TABLE shop.users DROP rating");
    assertThat(changes).allMatch(c -> c.kind().isContraction());
    assertThat(SchemaManager.storedName(changes.get(0).target())).isEqualTo("shop.users.rating");
  }

  @Test
  void should_split_a_plan_into_expansions_contractions_and_conflicts() {
    SchemaChange add = new SchemaChange(ChangeKind.ADD_COLUMN, "shop.users.a", "missing", "x", "");
    SchemaChange drop =
        new SchemaChange(ChangeKind.DROP_COLUMN, "shop.users.legacy", "not mapped", "x", "");
    SchemaChange type =
        new SchemaChange(ChangeKind.CHANGE_COLUMN_TYPE, "shop.users.name", "int", "-- x", "m");

    SchemaPlan plan = new SchemaPlan(List.of(add, drop, type));

    assertThat(plan.safeChanges()).containsExactly(add);
    assertThat(plan.contractions()).containsExactly(drop);
    assertThat(plan.conflicts()).containsExactly(type);
    assertThat(plan.report()).contains("1 to expand, 1 left for contract(), 1 conflict(s)");
  }

  private static TableMetadata other(String name) {
    ColumnMetadata id = column("id", "int", ColumnMetadata.Kind.PARTITION_KEY);
    return new TableMetadata(
        KS, name, List.of(id), List.of(), Map.of("id", id), Map.of(), Map.of());
  }

  @Test
  void should_order_nested_types_first() {
    assertThat(SchemaDiff.inDependencyOrder(List.of(ADDRESS, GEO)))
        .extracting(TypeSchema::name)
        .containsExactly("geo", "address");
  }

  @Test
  void should_fail_when_keyspace_is_missing_and_creation_not_allowed() {
    assertThatThrownBy(() -> diff(null, users(userColumns("text"), List.of())))
        .isInstanceOf(MapperException.class)
        .hasMessageContaining("createKeyspace");
  }

  @Test
  void should_compare_map_options_by_what_the_model_states() {
    assertThat(
            TableOptions.matches(
                "compaction = {'class': 'LeveledCompactionStrategy'}",
                "{class=org.apache.cassandra.db.compaction.LeveledCompactionStrategy,"
                    + " sstable_size_in_mb=160}"))
        .isTrue();
    assertThat(TableOptions.matches("gc_grace_seconds = 100", "864000")).isFalse();
    assertThat(TableOptions.matches("comment = 'users'", "users")).isTrue();
  }
}
