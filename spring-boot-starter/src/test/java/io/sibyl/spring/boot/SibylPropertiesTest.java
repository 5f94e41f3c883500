package io.sibyl.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.auth.GssapiAuthProvider;
import io.sibyl.driver.cloud.CloudMetadataException;
import io.sibyl.testsupport.cloud.SecureConnectBundles;
import io.sibyl.testsupport.cloud.TestCertificates;
import io.sibyl.testsupport.cloud.TestCertificates.KeyAndCertificate;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code sibyl.auth.gssapi.*}, {@code sibyl.cloud.*} and {@code sibyl.paging-token-key}
 * properties, bound by Spring Boot as in an application, and what the session factory makes of them
 * before it connects (no KDC and no cloud database needed).
 */
class SibylPropertiesTest {

  @TempDir Path directory;

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(SibylProperties.class)
  static class Bound {}

  private void bind(Consumer<SibylProperties> check, String... properties) {
    new ApplicationContextRunner()
        .withUserConfiguration(Bound.class)
        .withPropertyValues(properties)
        .run(context -> check.accept(context.getBean(SibylProperties.class)));
  }

  private static SibylSessionFactory factory(SibylProperties properties) {
    return new SibylSessionFactory(properties, null, null, List.of());
  }

  @Test
  void should_configure_the_gssapi_provider_from_the_gssapi_properties() throws Exception {
    Path keytab = Files.writeString(directory.resolve("app.keytab"), "keys");
    bind(
        properties -> {
          SibylProperties.Gssapi gssapi = properties.getAuth().getGssapi();
          assertThat(gssapi.isEnabled()).isTrue();
          GssapiAuthProvider provider = SibylGssapi.provider(gssapi);
          assertThat(provider.serviceName()).isEqualTo("dse");
          assertThat(provider.saslProperties())
              .containsEntry("javax.security.sasl.qop", "auth-conf");
          assertThat(provider.toString()).contains("alice@EXAMPLE.COM").contains(keytab.toString());
        },
        "sibyl.auth.gssapi.enabled=true",
        "sibyl.auth.gssapi.service-name=dse",
        "sibyl.auth.gssapi.principal=alice@EXAMPLE.COM",
        "sibyl.auth.gssapi.keytab=" + keytab,
        "sibyl.auth.gssapi.sasl-properties[javax.security.sasl.qop]=auth-conf");
  }

  @Test
  void should_read_tickets_from_the_cache_file_given() throws Exception {
    Path cache = directory.resolve("krb5cc_app");
    bind(
        properties -> {
          GssapiAuthProvider provider = SibylGssapi.provider(properties.getAuth().getGssapi());
          assertThat(provider.serviceName()).isEqualTo(GssapiAuthProvider.DEFAULT_SERVICE_NAME);
          assertThat(provider.toString()).contains(cache.toString());
        },
        "sibyl.auth.gssapi.enabled=true",
        "sibyl.auth.gssapi.ticket-cache=" + cache);
  }

  @Test
  void should_name_the_properties_when_two_kerberos_credential_sources_are_set() throws Exception {
    Path keytab = Files.writeString(directory.resolve("two.keytab"), "keys");
    bind(
        properties ->
            assertThatThrownBy(() -> factory(properties).create())
                .isInstanceOf(SibylStartupException.class)
                .hasMessageContaining("sibyl.auth.gssapi.*")
                .hasMessageContaining("more than one was given"),
        "sibyl.auth.gssapi.enabled=true",
        "sibyl.auth.gssapi.principal=alice@EXAMPLE.COM",
        "sibyl.auth.gssapi.keytab=" + keytab,
        "sibyl.auth.gssapi.jaas-entry=SibylClient");
  }

  @Test
  void should_refuse_kerberos_together_with_a_user_name() {
    bind(
        properties ->
            assertThatThrownBy(() -> factory(properties).create())
                .isInstanceOf(SibylStartupException.class)
                .hasMessageContaining("sibyl.auth.gssapi.enabled=true and a user name"),
        "sibyl.auth.gssapi.enabled=true",
        "sibyl.username=cassandra",
        "sibyl.password=cassandra");
  }

  @Test
  void should_name_the_property_when_the_paging_token_key_is_not_usable() {
    bind(
        properties ->
            assertThatThrownBy(() -> factory(properties).create())
                .isInstanceOf(SibylStartupException.class)
                .hasMessageContaining("sibyl.paging-token-key is not Base64"),
        "sibyl.paging-token-key=not base64!");
    bind(
        properties ->
            assertThatThrownBy(() -> factory(properties).create())
                .isInstanceOf(SibylStartupException.class)
                .hasMessageContaining("sibyl.paging-token-key holds 8 byte(s)"),
        "sibyl.paging-token-key=AAECAwQFBgc=");
  }

  @Test
  void should_ask_the_metadata_service_of_the_bundle_resource() throws Exception {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, loopback)) {
      closedPort = socket.getLocalPort();
    }
    KeyAndCertificate client = TestCertificates.selfSigned(directory, "CN=client", 1, 30);
    Path bundle =
        SecureConnectBundles.of(
                loopback.getHostAddress(),
                closedPort,
                null,
                null,
                List.of(client.certificate()),
                client.certificate(),
                client.key())
            .writeTo(directory.resolve("secure-connect-app.zip"));

    bind(
        properties -> {
          assertThat(properties.getCloud().getSecureConnectBundle().getFilename())
              .isEqualTo("secure-connect-app.zip");
          // The bundle, not the default contact point, says where to go: its metadata service.
          assertThatThrownBy(() -> factory(properties).create())
              .isInstanceOf(CloudMetadataException.class)
              .hasMessageContaining(
                  "https://" + loopback.getHostAddress() + ":" + closedPort + "/metadata")
              .hasMessageContaining("cannot be reached");
        },
        "sibyl.cloud.secure-connect-bundle=" + bundle.toUri());
  }

  @Test
  void should_refuse_a_bundle_together_with_contact_points_or_an_ssl_bundle() throws Exception {
    KeyAndCertificate client = TestCertificates.selfSigned(directory, "CN=client", 1, 30);
    Path bundle =
        SecureConnectBundles.of(
                "127.0.0.1",
                29080,
                null,
                null,
                List.of(client.certificate()),
                client.certificate(),
                client.key())
            .writeTo(directory.resolve("both.zip"));
    bind(
        properties ->
            assertThatThrownBy(() -> factory(properties).create())
                .isInstanceOf(SibylStartupException.class)
                .hasMessageContaining("remove sibyl.contact-points"),
        "sibyl.cloud.secure-connect-bundle=" + bundle.toUri(),
        "sibyl.contact-points=127.0.0.1:9042");
    bind(
        properties ->
            assertThatThrownBy(() -> factory(properties).create())
                .isInstanceOf(SibylStartupException.class)
                .hasMessageContaining("remove sibyl.ssl.bundle"),
        "sibyl.cloud.secure-connect-bundle=" + bundle.toUri(),
        "sibyl.ssl.bundle=client");
  }

  @Test
  void should_name_the_bundle_resource_that_cannot_be_read() {
    bind(
        properties ->
            assertThatThrownBy(() -> factory(properties).create())
                .isInstanceOf(SibylStartupException.class)
                .hasMessageContaining("sibyl.cloud.secure-connect-bundle: cannot read")
                .hasMessageContaining("missing-bundle.zip"),
        "sibyl.cloud.secure-connect-bundle=classpath:missing-bundle.zip");
  }
}
