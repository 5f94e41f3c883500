package io.sibyl.mapper.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.mapper.generated.ColumnDescriptor;
import io.sibyl.mapper.generated.ColumnKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelFingerprintTest {

  private static final ColumnDescriptor ID =
      new ColumnDescriptor("id", "id", "id", "int", ColumnKind.PARTITION_KEY, 0, false);
  private static final ColumnDescriptor NAME =
      new ColumnDescriptor("name", "name", "name", "text", ColumnKind.REGULAR, 0, false);
  private static final ColumnDescriptor RATING =
      new ColumnDescriptor("rating", "rating", "rating", "int", ColumnKind.REGULAR, 0, false);

  private static TableSchema table(String name, ColumnDescriptor... columns) {
    return new TableSchema(
        Object.class, "", name, name, List.of(columns), List.of(), List.of(), List.of());
  }

  private static Map<String, SchemaManager.KeyspaceModel> model(TableSchema... tables) {
    Map<String, SchemaManager.KeyspaceModel> models = new LinkedHashMap<>();
    models.put("shop", new SchemaManager.KeyspaceModel(List.of(), List.of(tables)));
    return models;
  }

  @Test
  void should_give_the_same_fingerprint_whatever_the_order_entities_were_found_in() {
    ModelFingerprint one = ModelFingerprint.of(model(table("a", ID), table("b", ID, NAME)));
    ModelFingerprint other = ModelFingerprint.of(model(table("b", ID, NAME), table("a", ID)));

    assertThat(one.hash()).isEqualTo(other.hash()).hasSize(64);
    assertThat(one.shortHash()).hasSize(12);
  }

  @Test
  void should_change_the_fingerprint_when_a_column_is_added() {
    ModelFingerprint v1 = ModelFingerprint.of(model(table("items", ID, NAME)));
    ModelFingerprint v2 = ModelFingerprint.of(model(table("items", ID, NAME, RATING)));

    assertThat(v1.hash()).isNotEqualTo(v2.hash());
  }

  @Test
  void should_list_the_mapped_tables_and_columns_in_stored_form() {
    ModelFingerprint model = ModelFingerprint.of(model(table("items", ID, NAME), table("log", ID)));

    assertThat(model.tables()).containsExactlyInAnyOrder("shop.items", "shop.log");
    assertThat(model.columns())
        .containsExactlyInAnyOrder("shop.items.id", "shop.items.name", "shop.log.id");
  }

  @Test
  void should_read_stored_names_from_change_targets() {
    assertThat(SchemaManager.storedName("shop.items.rating")).isEqualTo("shop.items.rating");
    assertThat(SchemaManager.storedName("shop.\"Items\".\"a.b\"")).isEqualTo("shop.Items.a.b");
    assertThat(SchemaManager.storedName("shop.items index items_idx")).isEqualTo("shop.items");
  }
}
