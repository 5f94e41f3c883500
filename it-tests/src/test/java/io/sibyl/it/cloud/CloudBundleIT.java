package io.sibyl.it.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.sibyl.driver.Row;
import io.sibyl.driver.Session;
import io.sibyl.driver.cloud.CloudMetadataException;
import io.sibyl.driver.cloud.SecureConnectBundleException;
import io.sibyl.driver.metadata.Node;
import io.sibyl.driver.metadata.NodeState;
import io.sibyl.driver.policy.ExponentialReconnectionPolicy;
import io.sibyl.embedded.EmbeddedCassandra;
import io.sibyl.embedded.EmbeddedNode;
import io.sibyl.embedded.TlsStores;
import io.sibyl.testsupport.cloud.CloudMetadataService;
import io.sibyl.testsupport.cloud.SecureConnectBundles;
import io.sibyl.testsupport.cloud.SniProxy;
import io.sibyl.testsupport.cloud.TestCertificates;
import io.sibyl.testsupport.cloud.TestCertificates.KeyAndCertificate;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Secure connect bundles end to end on loopback: three nodes with mutual client TLS behind an SNI
 * proxy, a metadata service over mutual TLS, and bundles generated here from the nodes' TLS set-up.
 */
@Tag("multi-node")
class CloudBundleIT {
  private static final Duration BOUNDED = Duration.ofSeconds(20);

  @TempDir static Path directory;

  private static EmbeddedCassandra cluster;
  private static SniProxy proxy;
  private static CloudMetadataService metadata;
  private static Map<UUID, InetSocketAddress> nodesByHostId;
  private static String datacenter;
  private static KeyAndCertificate nodeIdentity;
  private static KeyAndCertificate client;
  private static SSLContext serviceContext;

  @BeforeAll
  static void start() throws Exception {
    cluster = EmbeddedCassandra.builder().nodes(3).requireClientCertificate(true).start();
    TlsStores stores = cluster.tls().orElseThrow();
    nodesByHostId = new HashMap<>();
    try (Session direct =
        Session.builder()
            .addContactPoints(cluster.contactPoints())
            .sslContext(stores.sslContext(true))
            .build()) {
      Row local = direct.execute("SELECT host_id, data_center FROM system.local").one();
      datacenter = local.getString("data_center");
      for (Node node : direct.metadata().nodes()) {
        nodesByHostId.put(node.hostId(), node.address());
      }
    }
    assertThat(nodesByHostId).hasSize(3);
    Path tls = cluster.directory().resolve("tls");
    String password = stores.truststorePassword();
    nodeIdentity = TestCertificates.fromStore(tls.resolve("server-keystore.p12"), password, "node");
    client = TestCertificates.fromStore(stores.clientKeystore(), password, "client");

    InetAddress loopback = cluster.contactPoints().get(0).getAddress();
    // tag::loopback-cloud[]
    proxy = SniProxy.start(loopback);
    nodesByHostId.forEach((hostId, address) -> proxy.route(hostId.toString(), address));
    // Only one node is named: the others are learned from its peers and must be proxied too.
    UUID first = nodesByHostId.keySet().iterator().next();
    serviceContext = serviceContext(tls, password);
    metadata =
        CloudMetadataService.start(
            loopback,
            serviceContext,
            new CloudMetadataService.ContactInfo(proxy.address(), datacenter, List.of(first)));
    // end::loopback-cloud[]
  }

  @AfterAll
  static void stop() throws Exception {
    if (metadata != null) {
      metadata.close();
    }
    if (proxy != null) {
      proxy.close();
    }
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void should_reach_every_node_through_the_proxy_by_its_host_id() throws Exception {
    Path bundle = bundle(null).writeTo(directory.resolve("good.zip"));
    int requestsBefore = metadata.requests();

    // tag::connect[]
    Session session = Session.builder().cloudSecureConnectBundle(bundle).build();
    // end::connect[]
    try (session) {
      session.execute(
          "CREATE KEYSPACE IF NOT EXISTS cloud WITH replication = {'class': 'SimpleStrategy',"
              + " 'replication_factor': 1}");
      session.execute("CREATE TABLE IF NOT EXISTS cloud.items (id int PRIMARY KEY, v text)");
      Set<InetSocketAddress> coordinators = new HashSet<>();
      for (int id = 0; id < 30; id++) {
        coordinators.add(
            session
                .execute(
                    session.prepare("INSERT INTO cloud.items (id, v) VALUES (?, ?)").bind(id, "v"))
                .executionInfo()
                .coordinator());
      }
      assertThat(session.execute("SELECT count(*) FROM cloud.items").one().getLong(0))
          .isEqualTo(30L);

      assertThat(metadata.requests()).isEqualTo(requestsBefore + 1);
      List<Node> nodes = new ArrayList<>(session.metadata().nodes());
      assertThat(nodes).hasSize(3);
      assertThat(nodes).allSatisfy(node -> assertThat(node.state()).isEqualTo(NodeState.UP));
      assertThat(nodes).allSatisfy(node -> assertThat(node.openConnections()).isPositive());
      assertThat(nodes)
          .extracting(Node::hostId)
          .containsExactlyInAnyOrderElementsOf(nodesByHostId.keySet());
      assertThat(coordinators)
          .as("token-aware writes spread over the three nodes")
          .containsExactlyInAnyOrderElementsOf(nodesByHostId.values());
      Set<String> expected = new HashSet<>();
      nodesByHostId.keySet().forEach(id -> expected.add(id.toString()));
      assertThat(new HashSet<>(proxy.serverNames()))
          .as("every connection went through the proxy, named by a host id")
          .isEqualTo(expected);
    }
  }

  @Test
  void should_reconnect_a_restarted_node_through_the_proxy_under_its_host_id() throws Exception {
    Path bundle = bundle(null).writeTo(directory.resolve("restart.zip"));
    EmbeddedNode restarted = cluster.node(3);
    String hostId =
        nodesByHostId.entrySet().stream()
            .filter(entry -> entry.getValue().equals(restarted.address()))
            .findFirst()
            .orElseThrow()
            .getKey()
            .toString();

    try (Session session = Session.builder().cloudSecureConnectBundle(bundle).build()) {
      Node node =
          session.metadata().nodes().stream()
              .filter(candidate -> candidate.hostId().toString().equals(hostId))
              .findFirst()
              .orElseThrow();
      await().atMost(BOUNDED).until(() -> node.openConnections() > 0);
      long before = proxy.serverNames().stream().filter(hostId::equals).count();

      restarted.stop();
      await().atMost(Duration.ofSeconds(30)).until(() -> node.state() == NodeState.DOWN);
      restarted.start();
      await().atMost(Duration.ofSeconds(90)).until(() -> node.state() == NodeState.UP);
      await().atMost(BOUNDED).until(() -> node.openConnections() > 0);

      assertThat(proxy.serverNames().stream().filter(hostId::equals).count())
          .as("the pool reopened through the proxy, under the node's host id")
          .isGreaterThan(before);
      assertThat(session.execute("SELECT count(*) FROM system.peers").one().getLong(0))
          .isGreaterThanOrEqualTo(1L);
    }
  }

  @Test
  void should_follow_the_proxy_to_its_new_address_without_a_new_session() throws Exception {
    InetAddress loopback = cluster.contactPoints().get(0).getAddress();
    UUID first = nodesByHostId.keySet().iterator().next();
    Set<String> hostIds = new HashSet<>();
    nodesByHostId.keySet().forEach(id -> hostIds.add(id.toString()));
    try (SniProxy before = routed(SniProxy.start(loopback));
        SniProxy after = routed(SniProxy.start(loopback));
        CloudMetadataService service =
            CloudMetadataService.start(
                loopback,
                serviceContext,
                new CloudMetadataService.ContactInfo(
                    before.address(), datacenter, List.of(first)))) {
      Path bundle =
          SecureConnectBundles.of(
                  service.address().getHostString(),
                  service.address().getPort(),
                  null,
                  null,
                  List.of(nodeIdentity.certificate()),
                  client.certificate(),
                  client.key())
              .writeTo(directory.resolve("moving.zip"));
      try (Session session =
          Session.builder()
              .cloudSecureConnectBundle(bundle)
              .reconnectionPolicy(
                  new ExponentialReconnectionPolicy(Duration.ofMillis(200), Duration.ofSeconds(2)))
              .build()) {
        await()
            .atMost(BOUNDED)
            .until(
                () -> session.metadata().nodes().stream().allMatch(n -> n.openConnections() > 0));
        assertThat(new HashSet<>(before.serverNames())).isEqualTo(hostIds);
        assertThat(service.requests()).isEqualTo(1);

        // The proxy moves: the service names the new one, the old one goes away with its
        // connections.
        service.answer(
            new CloudMetadataService.ContactInfo(after.address(), datacenter, List.of(first)));
        before.close();
        long moved = System.nanoTime();

        await()
            .atMost(BOUNDED)
            .pollInterval(Duration.ofMillis(50))
            .ignoreExceptions()
            .until(
                () ->
                    new HashSet<>(after.serverNames()).equals(hostIds)
                        && session.metadata().nodes().stream()
                            .allMatch(n -> n.state() == NodeState.UP && n.openConnections() > 0)
                        && session.execute("SELECT key FROM system.local").one() != null);
        Duration recovery = Duration.ofNanos(System.nanoTime() - moved);
        System.out.println("Session recovered through the moved SNI proxy in " + recovery);
        assertThat(service.requests())
            .as("the metadata service was asked again, a bounded number of times")
            .isBetween(2, 2 + (int) (recovery.toMillis() / 1000) + 1);
        for (int id = 0; id < 10; id++) {
          assertThat(session.execute("SELECT release_version FROM system.local").one()).isNotNull();
        }
      }
    }
  }

  private static SniProxy routed(SniProxy proxy) {
    nodesByHostId.forEach((hostId, address) -> proxy.route(hostId.toString(), address));
    return proxy;
  }

  @Test
  void should_use_the_keyspace_the_bundle_names() throws Exception {
    Path bundle = bundle("system").writeTo(directory.resolve("keyspace.zip"));

    try (Session session =
        Session.builder().cloudSecureConnectBundle(Files.newInputStream(bundle)).build()) {
      assertThat(session.execute("SELECT cluster_name FROM local").one().getString(0)).isNotNull();
    }
  }

  @Test
  void should_name_the_missing_entry_of_a_bundle() throws Exception {
    Path bundle = bundle(null).without("key").writeTo(directory.resolve("no-key.zip"));

    assertThatThrownBy(() -> Session.builder().cloudSecureConnectBundle(bundle))
        .isInstanceOf(SecureConnectBundleException.class)
        .hasMessageContaining("has no 'key' entry")
        .hasMessageContaining("no-key.zip")
        .hasMessageContaining("download the bundle again");
  }

  @Test
  void should_refuse_a_bundle_whose_certificate_is_not_a_certificate() throws Exception {
    Path bundle =
        bundle(null).entry("cert", "not a certificate").writeTo(directory.resolve("bad-cert.zip"));

    assertThatThrownBy(() -> Session.builder().cloudSecureConnectBundle(bundle))
        .isInstanceOf(SecureConnectBundleException.class)
        .hasMessageContaining("The 'cert' entry")
        .hasMessageContaining("is not a PEM certificate");
  }

  @Test
  void should_refuse_a_bundle_whose_key_belongs_to_another_certificate() throws Exception {
    KeyAndCertificate other = TestCertificates.selfSigned(directory, "CN=other", 1, 30);
    Path bundle =
        SecureConnectBundles.of(
                metadata.address().getHostString(),
                metadata.address().getPort(),
                null,
                null,
                List.of(nodeIdentity.certificate()),
                client.certificate(),
                other.key())
            .writeTo(directory.resolve("mixed.zip"));

    assertThatThrownBy(() -> Session.builder().cloudSecureConnectBundle(bundle.toUri().toURL()))
        .isInstanceOf(SecureConnectBundleException.class)
        .hasMessageContaining("does not belong to its client certificate");
  }

  @Test
  void should_refuse_a_bundle_whose_client_certificate_expired() throws Exception {
    KeyAndCertificate expired = TestCertificates.selfSigned(directory, "CN=expired", 10, 2);
    Path bundle =
        SecureConnectBundles.of(
                metadata.address().getHostString(),
                metadata.address().getPort(),
                null,
                null,
                List.of(nodeIdentity.certificate()),
                expired.certificate(),
                expired.key())
            .writeTo(directory.resolve("expired.zip"));

    assertThatThrownBy(() -> Session.builder().cloudSecureConnectBundle(bundle))
        .isInstanceOf(SecureConnectBundleException.class)
        .hasMessageContaining("'cert'")
        .hasMessageContaining("CN=expired")
        .hasMessageContaining("expired on")
        .hasMessageContaining("download a new bundle");
  }

  @Test
  void should_fail_in_bounded_time_when_the_metadata_service_does_not_answer() throws Exception {
    InetAddress loopback = cluster.contactPoints().get(0).getAddress();
    // Listens but never accepts: the TLS handshake gets no answer.
    try (ServerSocket silent = new ServerSocket(0, 1, loopback)) {
      Path bundle =
          SecureConnectBundles.of(
                  loopback.getHostAddress(),
                  silent.getLocalPort(),
                  null,
                  null,
                  List.of(nodeIdentity.certificate()),
                  client.certificate(),
                  client.key())
              .writeTo(directory.resolve("silent.zip"));
      long start = System.nanoTime();

      assertThatThrownBy(
              () ->
                  Session.builder()
                      .cloudSecureConnectBundle(bundle)
                      .connectTimeout(Duration.ofSeconds(2))
                      .build())
          .isInstanceOf(CloudMetadataException.class)
          .hasMessageContaining("https://" + loopback.getHostAddress())
          .hasMessageContaining("/metadata");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BOUNDED);
    }
  }

  @Test
  void should_fail_when_the_metadata_service_is_not_listening() throws Exception {
    InetAddress loopback = cluster.contactPoints().get(0).getAddress();
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, loopback)) {
      closedPort = socket.getLocalPort();
    }
    Path bundle =
        SecureConnectBundles.of(
                loopback.getHostAddress(),
                closedPort,
                null,
                null,
                List.of(nodeIdentity.certificate()),
                client.certificate(),
                client.key())
            .writeTo(directory.resolve("closed.zip"));

    assertThatThrownBy(() -> Session.builder().cloudSecureConnectBundle(bundle).build())
        .isInstanceOf(CloudMetadataException.class)
        .hasMessageContaining("cannot be reached");
  }

  @Test
  void should_fail_when_the_metadata_service_refuses_the_client_certificate() throws Exception {
    KeyAndCertificate stranger = TestCertificates.selfSigned(directory, "CN=stranger", 1, 30);
    Path bundle =
        SecureConnectBundles.of(
                metadata.address().getHostString(),
                metadata.address().getPort(),
                null,
                null,
                List.of(nodeIdentity.certificate()),
                stranger.certificate(),
                stranger.key())
            .writeTo(directory.resolve("stranger.zip"));

    assertThatThrownBy(() -> Session.builder().cloudSecureConnectBundle(bundle).build())
        .isInstanceOf(CloudMetadataException.class)
        .hasMessageContaining(metadata.address().getHostString());
  }

  private static SecureConnectBundles bundle(String keyspace) {
    return SecureConnectBundles.of(
        metadata.address().getHostString(),
        metadata.address().getPort(),
        keyspace,
        null,
        List.of(nodeIdentity.certificate()),
        client.certificate(),
        client.key());
  }

  private static SSLContext serviceContext(Path tls, String password) throws Exception {
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(load(tls.resolve("server-keystore.p12"), password), password.toCharArray());
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(load(tls.resolve("server-truststore.p12"), password));
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
    return context;
  }

  private static KeyStore load(Path file, String password) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(file)) {
      store.load(in, password.toCharArray());
    }
    return store;
  }
}
