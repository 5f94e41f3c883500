package io.sibyl.driver;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.codec.CodecRegistry;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreparedStatementRoutingTest {
  private static final ColumnDefinitions NO_COLUMNS = new ColumnDefinitions(List.of());

  private static PreparedStatement prepared(ColumnDefinitions variables, int... keyIndices) {
    return new PreparedStatement(
        "SELECT v FROM ks.t WHERE k = ?",
        "ks",
        new byte[] {1, 2, 3},
        variables,
        keyIndices,
        NO_COLUMNS,
        null,
        CodecRegistry.DEFAULT,
        StatementOptions.DEFAULT);
  }

  @Test
  void should_route_by_the_bound_partition_key() {
    ColumnDefinitions variables =
        new ColumnDefinitions(List.of(new ColumnDefinition("ks", "t", "k", DataTypes.INT)));

    BoundStatement bound = prepared(variables, 0).bind(7);

    assertThat(bound.routingKey()).isEqualTo(ByteBuffer.wrap(new byte[] {0, 0, 0, 7}));
    assertThat(bound.routingKeyspace()).isEqualTo("ks");
  }

  @Test
  void should_not_route_when_a_key_index_names_no_variable() {
    // Simulacron answers PREPARE of a statement without bind markers with key index 0.
    PreparedStatement statement = prepared(NO_COLUMNS, 0);

    BoundStatement bound = statement.bind();

    assertThat(statement.partitionKeyIndices()).isEmpty();
    assertThat(bound.routingKey()).isNull();
    assertThat(bound.routingKeyspace()).isNull();
  }
}
