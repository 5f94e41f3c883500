package io.sibyl.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExternalCassandraTest {

  @Test
  void should_parse_hosts_with_and_without_ports() {
    assertThat(ExternalCassandra.parseContactPoints("127.0.0.1, localhost:9142,[::1]:9043,::1"))
        .extracting(InetSocketAddress::getHostString, InetSocketAddress::getPort)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("127.0.0.1", 9042),
            org.assertj.core.groups.Tuple.tuple("localhost", 9142),
            org.assertj.core.groups.Tuple.tuple("0:0:0:0:0:0:0:1", 9043),
            org.assertj.core.groups.Tuple.tuple("0:0:0:0:0:0:0:1", 9042));
  }

  @Test
  void should_reject_bad_ports_and_empty_entries() {
    assertThatThrownBy(() -> ExternalCassandra.parseContactPoints("host:99999"))
        .isInstanceOf(EmbeddedCassandraException.class)
        .hasMessageContaining("Bad port \"99999\"");
    assertThatThrownBy(() -> ExternalCassandra.parseContactPoints("a,,b"))
        .isInstanceOf(EmbeddedCassandraException.class)
        .hasMessageContaining("Empty contact point");
  }

  @Test
  void should_read_contact_points_datacenter_and_credentials_from_settings() {
    Map<String, String> env =
        Map.of(
            "SIBYL_CONTACT_POINTS", "127.0.0.1:9042,127.0.0.2",
            "SIBYL_LOCAL_DC", "dc2",
            "SIBYL_USERNAME", "admin",
            "SIBYL_PASSWORD", "secret");

    try (ExternalCassandra cluster = ExternalCassandra.fromSettings(env::get)) {
      assertThat(cluster.backend()).isEqualTo(CassandraBackend.EXTERNAL);
      assertThat(cluster.contactPoints()).hasSize(2);
      assertThat(cluster.localDatacenter()).isEqualTo("dc2");
      assertThat(cluster.username()).isEqualTo("admin");
      assertThat(cluster.password()).isEqualTo("secret");
      assertThat(cluster.tls()).isEmpty();
    }
  }

  @Test
  void should_default_to_datacenter1_without_credentials() {
    Map<String, String> env = Map.of("SIBYL_CONTACT_POINTS", "10.1.2.3");

    ExternalCassandra cluster = ExternalCassandra.fromSettings(env::get);

    assertThat(cluster.localDatacenter()).isEqualTo("datacenter1");
    assertThat(cluster.username()).isNull();
    assertThat(cluster.password()).isNull();
  }

  @Test
  void should_say_which_variable_to_set_when_contact_points_are_missing() {
    assertThatThrownBy(() -> ExternalCassandra.fromSettings(name -> null))
        .isInstanceOf(EmbeddedCassandraException.class)
        .hasMessageContaining("SIBYL_CONTACT_POINTS")
        .hasMessageContaining("-Dsibyl.contactPoints");
  }
}
