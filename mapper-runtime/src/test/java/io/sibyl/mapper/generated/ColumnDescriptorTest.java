package io.sibyl.mapper.generated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ColumnDescriptorTest {

  @Test
  void should_make_a_partition_key_column_at_its_position() {
    ColumnDescriptor column = ColumnDescriptor.partitionKey("customer_id", "customerId", "uuid", 1);

    assertThat(column)
        .isEqualTo(
            new ColumnDescriptor(
                "customer_id",
                "customer_id",
                "customerId",
                "uuid",
                ColumnKind.PARTITION_KEY,
                1,
                false));
    assertThat(column.isPrimaryKey()).isTrue();
  }

  @Test
  void should_record_the_order_of_a_clustering_column() {
    ColumnDescriptor descending =
        ColumnDescriptor.clustering("at", "at", "timestamp", 0, ClusteringOrder.DESC);
    ColumnDescriptor ascending =
        ColumnDescriptor.clustering("id", "id", "uuid", 1, ClusteringOrder.ASC);

    assertThat(descending.kind()).isEqualTo(ColumnKind.CLUSTERING_COLUMN);
    assertThat(descending.descending()).isTrue();
    assertThat(ascending.descending()).isFalse();
    assertThat(ascending.position()).isEqualTo(1);
  }

  @Test
  void should_make_static_and_regular_columns_outside_the_key() {
    ColumnDescriptor staticColumn = ColumnDescriptor.staticColumn("owner", "owner", "text");
    ColumnDescriptor regular = ColumnDescriptor.regular("total", "total", "decimal");

    assertThat(staticColumn.kind()).isEqualTo(ColumnKind.STATIC);
    assertThat(regular.kind()).isEqualTo(ColumnKind.REGULAR);
    assertThat(staticColumn.isPrimaryKey()).isFalse();
    assertThat(regular.isPrimaryKey()).isFalse();
    assertThat(regular.position()).isZero();
  }

  @Test
  void should_write_the_cql_name_quoted_when_needed() {
    assertThat(ColumnDescriptor.regular("order", "order", "int").cql()).isEqualTo("\"order\"");
    assertThat(ColumnDescriptor.regular("userName", "userName", "text").cql())
        .isEqualTo("\"userName\"");
    assertThat(ColumnDescriptor.regular("user_name", "userName", "text").cql())
        .isEqualTo("user_name");
  }

  @Test
  void should_refuse_a_clustering_column_without_an_order() {
    assertThatThrownBy(() -> ColumnDescriptor.clustering("id", "id", "uuid", 0, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("order");
  }
}
