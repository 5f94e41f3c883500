package io.sibyl.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Starts a real node with PasswordAuthenticator and mutual TLS (about 10 s). */
class EmbeddedCassandraSecurityTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  @Test
  void should_let_the_superuser_log_in_over_mutual_tls_as_soon_as_it_starts() {
    try (EmbeddedCassandra cassandra =
        EmbeddedCassandra.builder().authentication(true).requireClientCertificate(true).start()) {
      InetSocketAddress address = cassandra.node(1).address();
      TlsStores tls = cassandra.tls().orElseThrow();

      assertThat(cassandra.username()).isEqualTo("cassandra");
      assertThat(cassandra.password()).isEqualTo("cassandra");
      assertThat(tls.truststore()).isRegularFile().hasFileName("client-truststore.p12");
      assertThat(tls.clientKeystore()).isRegularFile().hasFileName("client-keystore.p12");

      NativeProtocolProbe mutualTls =
          new NativeProtocolProbe(address, tls.sslContext(true), TIMEOUT);
      assertThat(mutualTls.answersOptions()).isTrue();
      assertThat(mutualTls.acceptsLogin("cassandra", "cassandra")).isTrue();
      assertThat(mutualTls.acceptsLogin("cassandra", "wrong")).isFalse();

      assertThat(new NativeProtocolProbe(address, null, TIMEOUT).answersOptions()).isFalse();
      assertThat(new NativeProtocolProbe(address, tls.sslContext(false), TIMEOUT).answersOptions())
          .isFalse();
    }
  }
}
