package io.sibyl.driver.internal.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaScopeTest {

  @Test
  void should_restrict_schema_queries_to_the_chosen_keyspaces() {
    SchemaScope scope = SchemaScope.of(List.of("shop", "o'dd"));

    assertThat(scope.whereClause()).isEqualTo(" WHERE keyspace_name IN ('o''dd', 'shop')");
    assertThat(scope.includes("shop")).isTrue();
    assertThat(scope.includes("other")).isFalse();
    assertThat(SchemaScope.ALL.whereClause()).isEmpty();
    assertThat(SchemaScope.ALL.includes("other")).isTrue();
  }

  @Test
  void should_refresh_only_on_events_of_the_chosen_keyspaces() {
    SchemaScope scope = SchemaScope.of(List.of("shop"));

    assertThat(scope.refreshesOn("shop", "TABLE")).isTrue();
    assertThat(scope.refreshesOn("other", "TABLE")).isFalse();
    assertThat(scope.refreshesOn("other", "KEYSPACE")).isFalse();
  }

  @Test
  void should_refresh_only_on_keyspace_events_when_schema_metadata_is_off() {
    assertThat(SchemaScope.NONE.includes("shop")).isFalse();
    assertThat(SchemaScope.NONE.refreshesOn("shop", "TABLE")).isFalse();
    assertThat(SchemaScope.NONE.refreshesOn("shop", "KEYSPACE")).isTrue();
  }

  @Test
  void should_refuse_an_empty_keyspace_list() {
    assertThatThrownBy(() -> SchemaScope.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("schemaMetadataEnabled(false)");
  }

  @Test
  void should_start_with_no_keyspace_and_grow_when_on_demand() {
    SchemaScope empty = SchemaScope.ON_DEMAND;
    SchemaScope shop = empty.with(List.of("shop"));

    assertThat(empty.includes("shop")).isFalse();
    assertThat(empty.readsTables()).isFalse();
    assertThat(empty.refreshesOn("shop", "TABLE")).isFalse();
    assertThat(empty.refreshesOn("shop", "KEYSPACE")).isTrue();
    assertThat(shop.includes("shop")).isTrue();
    assertThat(shop.includes("other")).isFalse();
    assertThat(shop.readsTables()).isTrue();
    assertThat(shop.whereClause()).isEqualTo(" WHERE keyspace_name IN ('shop')");
    assertThat(shop.with(List.of("shop"))).isSameAs(shop);
  }

  @Test
  void should_grow_a_list_but_not_every_keyspace_or_none() {
    assertThat(SchemaScope.of(List.of("shop")).with(List.of("audit")).keyspaces())
        .containsExactlyInAnyOrder("shop", "audit");
    assertThat(SchemaScope.ALL.with(List.of("shop"))).isSameAs(SchemaScope.ALL);
    assertThat(SchemaScope.NONE.with(List.of("shop"))).isSameAs(SchemaScope.NONE);
  }
}
