package io.sibyl.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class CassandraYamlTest {

  private static final Path ROOT = Path.of("/tmp/sibyl test/cluster");

  @Test
  void should_configure_a_node_with_its_address_ports_directories_and_all_nodes_as_seeds() {
    List<NodeLayout> cluster = cluster(3, 9042, 7000);

    Map<String, Object> yaml =
        parse(
            CassandraYaml.render(
                settings(3, false, false, 1, Map.of()), cluster.get(1), cluster, null));

    assertThat(yaml)
        .containsEntry("cluster_name", "sibyl")
        .containsEntry("partitioner", "org.apache.cassandra.dht.Murmur3Partitioner")
        .containsEntry("endpoint_snitch", "SimpleSnitch")
        .containsEntry("listen_address", "127.0.42.2")
        .containsEntry("rpc_address", "127.0.42.2")
        .containsEntry("native_transport_port", 9042)
        .containsEntry("storage_port", 7000)
        .containsEntry("auto_bootstrap", false)
        .containsEntry("commitlog_sync", "periodic")
        .containsEntry("commitlog_sync_period", "10000ms")
        .containsEntry("data_file_directories", List.of("/tmp/sibyl test/cluster/node2/data"))
        .containsEntry("commitlog_directory", "/tmp/sibyl test/cluster/node2/commitlog")
        .containsEntry("hints_directory", "/tmp/sibyl test/cluster/node2/hints")
        .containsEntry("saved_caches_directory", "/tmp/sibyl test/cluster/node2/saved_caches")
        .containsEntry("cdc_raw_directory", "/tmp/sibyl test/cluster/node2/cdc_raw")
        .containsEntry("authenticator", "AllowAllAuthenticator")
        .containsEntry("authorizer", "AllowAllAuthorizer")
        .containsEntry("client_encryption_options", Map.of("enabled", false));
    assertThat(yaml.get("seed_provider").toString())
        .contains("org.apache.cassandra.locator.SimpleSeedProvider")
        .contains("seeds=127.0.42.1:7000,127.0.42.2:7000,127.0.42.3:7000");
  }

  @Test
  void should_use_gossiping_property_file_snitch_with_each_nodes_dc_and_rack_when_named() {
    List<NodeLayout> cluster = cluster(3, 9042, 7000);
    ClusterSettings plain = settings(3, false, false, 1, Map.of());
    ClusterSettings twoDcs =
        EmbeddedCassandra.builder().nodes(3).datacenters("dc1", "dc1", "dc2").settings();

    assertThat(parse(CassandraYaml.render(twoDcs, cluster.get(2), cluster, null)))
        .containsEntry("endpoint_snitch", "GossipingPropertyFileSnitch");
    assertThat(parse(CassandraYaml.render(plain, cluster.get(2), cluster, null)))
        .containsEntry("endpoint_snitch", "SimpleSnitch");
    assertThat(CassandraYaml.rackDcProperties(twoDcs, 3)).contains("\ndc=dc2\n", "\nrack=rack1\n");
    assertThat(CassandraYaml.rackDcProperties(twoDcs, 2)).contains("\ndc=dc1\n");
    assertThat(twoDcs.datacenter(1)).isEqualTo("dc1");
    assertThat(plain.datacenter(3)).isEqualTo("datacenter1");
  }

  @Test
  void should_give_each_node_one_evenly_spaced_token_when_one_token_per_node() {
    List<NodeLayout> cluster = cluster(3, 9042, 7000);
    ClusterSettings settings = settings(3, false, false, 1, Map.of());

    List<Object> tokens = new ArrayList<>();
    for (NodeLayout node : cluster) {
      Map<String, Object> yaml = parse(CassandraYaml.render(settings, node, cluster, null));
      assertThat(yaml)
          .containsEntry("num_tokens", 1)
          .doesNotContainKey("allocate_tokens_for_local_replication_factor");
      tokens.add(yaml.get("initial_token"));
    }

    assertThat(tokens).containsExactly(Long.MIN_VALUE, -3074457345618258603L, 3074457345618258602L);
    assertThat(CassandraYaml.evenlySpacedToken(1, 1)).isEqualTo(Long.MIN_VALUE);
    assertThat(CassandraYaml.evenlySpacedToken(2, 2)).isZero();
  }

  @Test
  void should_allocate_vnodes_when_several_tokens_per_node() {
    List<NodeLayout> cluster = cluster(2, 9042, 7000);

    Map<String, Object> yaml =
        parse(
            CassandraYaml.render(
                settings(2, false, false, 16, Map.of()), cluster.get(0), cluster, null));

    assertThat(yaml)
        .containsEntry("num_tokens", 16)
        .containsEntry("allocate_tokens_for_local_replication_factor", 2)
        .doesNotContainKey("initial_token");
  }

  @Test
  void should_turn_on_password_authentication_and_client_tls_when_asked() {
    List<NodeLayout> cluster = cluster(1, 9142, 7100);
    TlsFiles tls =
        new TlsFiles(
            ROOT.resolve("tls/server-keystore.p12"),
            ROOT.resolve("tls/server-truststore.p12"),
            ROOT.resolve("tls/client-truststore.p12"),
            ROOT.resolve("tls/client-keystore.p12"),
            "pa'ss");

    Map<String, Object> yaml =
        parse(
            CassandraYaml.render(
                settings(1, true, true, 1, Map.of()), cluster.get(0), cluster, tls));

    assertThat(yaml)
        .containsEntry("authenticator", "PasswordAuthenticator")
        .containsEntry("authorizer", "CassandraAuthorizer")
        .containsEntry("role_manager", "CassandraRoleManager")
        .containsEntry("native_transport_port", 9142)
        .containsEntry("storage_port", 7100);
    assertThat(yaml.get("client_encryption_options"))
        .isEqualTo(
            Map.of(
                "enabled", true,
                "optional", false,
                "keystore", "/tmp/sibyl test/cluster/tls/server-keystore.p12",
                "keystore_password", "pa'ss",
                "truststore", "/tmp/sibyl test/cluster/tls/server-truststore.p12",
                "truststore_password", "pa'ss",
                "store_type", "PKCS12",
                "require_client_auth", true));
  }

  @Test
  void should_let_extra_settings_replace_generated_entries_and_add_new_ones() {
    List<NodeLayout> cluster = cluster(1, 9042, 7000);
    Map<String, String> extra =
        Map.of(
            "auto_snapshot",
            "true",
            "materialized_views_enabled",
            "true",
            "cluster_name",
            "'other'");

    Map<String, Object> yaml =
        parse(
            CassandraYaml.render(
                settings(1, false, false, 1, extra), cluster.get(0), cluster, null));

    assertThat(yaml)
        .containsEntry("auto_snapshot", true)
        .containsEntry("materialized_views_enabled", true)
        .containsEntry("cluster_name", "other");
  }

  @Test
  void should_quote_text_so_that_yaml_reads_it_back_unchanged() {
    assertThat(parse("key: " + CassandraYaml.quoted("it's: #1 {ok}")))
        .containsEntry("key", "it's: #1 {ok}");
  }

  static ClusterSettings settings(
      int nodes, boolean auth, boolean tls, int tokens, Map<String, String> yamlSettings) {
    return new ClusterSettings(
        nodes,
        "5.0.6",
        "sibyl",
        tokens,
        "512m",
        true,
        null,
        auth,
        tls,
        tls,
        Duration.ofMinutes(1),
        9042,
        7000,
        List.of(),
        yamlSettings);
  }

  static List<NodeLayout> cluster(int nodes, int nativePort, int storagePort) {
    List<NodeLayout> layouts = new ArrayList<>();
    for (int number = 1; number <= nodes; number++) {
      InetAddress address = LoopbackBlock.address(42, number);
      layouts.add(
          new NodeLayout(number, address, nativePort, storagePort, ROOT.resolve("node" + number)));
    }
    return layouts;
  }

  private static Map<String, Object> parse(String yaml) {
    return new Yaml().load(yaml);
  }
}
