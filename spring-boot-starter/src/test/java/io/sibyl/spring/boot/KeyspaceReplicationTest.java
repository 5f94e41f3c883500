package io.sibyl.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KeyspaceReplicationTest {

  @Test
  void should_write_a_simple_strategy_when_given_simple_and_a_factor() {
    assertThat(KeyspaceReplication.toCql("simple:3"))
        .isEqualTo("{'class': 'SimpleStrategy', 'replication_factor': 3}");
  }

  @Test
  void should_write_a_network_topology_strategy_when_given_data_centers() {
    assertThat(KeyspaceReplication.toCql("network: dc1=3, dc-2=2"))
        .isEqualTo("{'class': 'NetworkTopologyStrategy', 'dc1': 3, 'dc-2': 2}");
  }

  @Test
  void should_keep_a_cql_map_as_it_is() {
    String map = "{'class': 'SimpleStrategy', 'replication_factor': 1}";
    assertThat(KeyspaceReplication.toCql(" " + map)).isEqualTo(map);
  }

  @Test
  void should_name_the_property_when_the_value_is_malformed() {
    assertThatThrownBy(() -> KeyspaceReplication.toCql("simple:zero"))
        .isInstanceOf(SibylStartupException.class)
        .hasMessageContaining("sibyl.schema.create-keyspace='simple:zero'")
        .hasMessageContaining("simple:N");
    assertThatThrownBy(() -> KeyspaceReplication.toCql("network:dc1"))
        .isInstanceOf(SibylStartupException.class);
  }
}
