package io.sibyl.mapper.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplicationTest {

  @Test
  void should_write_simple_strategy() {
    assertThat(Replication.simple(3).cql())
        .isEqualTo("{'class': 'SimpleStrategy', 'replication_factor': '3'}");
  }

  @Test
  void should_write_network_topology_in_data_center_order_with_quotes_escaped() {
    assertThat(Replication.networkTopology(Map.of("dc2", 2, "dc1", 3, "it's", 0)).cql())
        .isEqualTo("{'class': 'NetworkTopologyStrategy', 'dc1': '3', 'dc2': '2', 'it''s': '0'}");
  }

  @Test
  void should_refuse_factors_that_cannot_replicate() {
    assertThatThrownBy(() -> Replication.simple(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A replication factor must be at least 1, got 0");
    assertThatThrownBy(() -> Replication.networkTopology(Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Replication.networkTopology(Map.of("dc1", -1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The replication factor of data center dc1 must be 0 or more");
  }
}
