package io.sibyl.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.DriverException;
import io.sibyl.driver.Session;
import io.sibyl.embedded.EmbeddedCassandra;
import io.sibyl.embedded.TlsStores;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.KeyStore;
import java.security.SecureRandom;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Client-to-node encryption against a node that accepts only TLS, with mutual TLS. */
@Tag("multi-node")
class TlsIT {
  private static EmbeddedCassandra cluster;
  private static TlsStores stores;

  @BeforeAll
  static void start() {
    cluster = EmbeddedCassandra.builder().requireClientCertificate(true).start();
    stores = cluster.tls().orElseThrow();
  }

  @AfterAll
  static void stop() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void should_connect_and_query_over_mutual_tls_with_hostname_verification() {
    // The node's certificate names its loopback address, so verification (on by default) passes.
    try (Session session =
        Session.builder()
            .addContactPoints(cluster.contactPoints())
            .sslContext(stores.sslContext(true))
            .build()) {
      assertThat(session.execute("SELECT release_version FROM system.local").one().getString(0))
          .startsWith("5.0");
    }
  }

  @Test
  void should_refuse_a_node_whose_certificate_does_not_match_the_name_connected_to()
      throws Exception {
    // The same node, reached under a host name that its certificate does not name.
    InetSocketAddress node = cluster.contactPoints().get(0);
    InetSocketAddress misnamed =
        new InetSocketAddress(
            InetAddress.getByAddress("not-the-node.test", node.getAddress().getAddress()),
            node.getPort());

    assertThatThrownBy(
            () ->
                Session.builder()
                    .addContactPoint(misnamed)
                    .sslContext(stores.sslContext(true))
                    .build()
                    .close())
        .isInstanceOf(DriverException.class)
        .hasMessageContaining("not-the-node.test");
  }

  @Test
  void should_refuse_a_node_whose_certificate_is_not_trusted() throws Exception {
    KeyStore empty = KeyStore.getInstance(KeyStore.getDefaultType());
    empty.load(null, null);
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(empty);
    SSLContext untrusting = SSLContext.getInstance("TLS");
    untrusting.init(null, trust.getTrustManagers(), new SecureRandom());

    assertThatThrownBy(
            () ->
                Session.builder()
                    .addContactPoints(cluster.contactPoints())
                    .sslContext(untrusting)
                    .hostnameVerification(false)
                    .build()
                    .close())
        .isInstanceOf(DriverException.class);
  }
}
