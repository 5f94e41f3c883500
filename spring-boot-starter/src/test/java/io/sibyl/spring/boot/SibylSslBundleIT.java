package io.sibyl.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.Session;
import io.sibyl.embedded.EmbeddedCassandra;
import io.sibyl.embedded.TlsStores;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code sibyl.ssl.bundle}: connections use the SSL context of a Spring SSL bundle. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class SibylSslBundleIT {

  private static EmbeddedCassandra cassandra;

  @BeforeAll
  static void startTlsNode() {
    cassandra = EmbeddedCassandra.builder().clientTls(true).start();
  }

  @AfterAll
  static void stopTlsNode() {
    if (cassandra != null) {
      cassandra.close();
    }
  }

  private ApplicationContextRunner runner() {
    InetSocketAddress node = cassandra.contactPoints().get(0);
    TlsStores stores = cassandra.tls().orElseThrow();
    String bundle = "spring.ssl.bundle.jks.cassandra.";
    return new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(SslAutoConfiguration.class, SibylAutoConfiguration.class))
        .withPropertyValues(
            "sibyl.contact-points=" + node.getHostString() + ":" + node.getPort(),
            bundle + "truststore.location=file:" + stores.truststore(),
            bundle + "truststore.password=" + stores.truststorePassword(),
            bundle + "truststore.type=" + TlsStores.STORE_TYPE,
            bundle + "keystore.location=file:" + stores.clientKeystore(),
            bundle + "keystore.password=" + stores.clientKeystorePassword(),
            bundle + "keystore.type=" + TlsStores.STORE_TYPE);
  }

  @Test
  void should_connect_over_tls_when_given_an_ssl_bundle() {
    runner()
        .withPropertyValues("sibyl.ssl.bundle=cassandra")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(
                      context
                          .getBean(Session.class)
                          .execute("SELECT release_version FROM system.local")
                          .one()
                          .getString(0))
                  .startsWith("5.0");
            });
  }

  @Test
  void should_fail_startup_when_the_ssl_bundle_does_not_exist() {
    runner()
        .withPropertyValues("sibyl.ssl.bundle=nope")
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(context.getStartupFailure())
                  .rootCause()
                  .isInstanceOf(NoSuchSslBundleException.class)
                  .hasMessageContaining("nope");
            });
  }
}
