package io.sibyl.driver.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.security.auth.Subject;
import javax.security.sasl.Sasl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings of {@link GssapiAuthProvider}; the Kerberos exchange itself is in GssapiIT. */
class GssapiAuthProviderTest {

  @Test
  void should_default_to_the_cassandra_service_and_the_auth_quality_of_protection() {
    GssapiAuthProvider provider = GssapiAuthProvider.builder().build();

    assertThat(provider.serviceName()).isEqualTo("cassandra");
    assertThat(provider.saslProperties()).containsEntry(Sasl.QOP, "auth");
    assertThat(provider.toString()).contains("ticket cache (the default one)");
  }

  @Test
  void should_keep_the_service_name_and_sasl_properties_given() {
    GssapiAuthProvider provider =
        GssapiAuthProvider.builder()
            .serviceName("dse")
            .saslProperty(Sasl.SERVER_AUTH, "true")
            .build();

    assertThat(provider.serviceName()).isEqualTo("dse");
    assertThat(provider.saslProperties())
        .containsEntry(Sasl.SERVER_AUTH, "true")
        .containsEntry(Sasl.QOP, "auth");
  }

  @Test
  void should_refuse_two_credential_sources() {
    assertThatThrownBy(
            () ->
                GssapiAuthProvider.builder()
                    .jaasConfiguration("Client")
                    .subject(new Subject())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one credential source");
  }

  @Test
  void should_refuse_a_keytab_without_a_principal(@TempDir Path dir) throws Exception {
    Path keytab = Files.write(dir.resolve("client.keytab"), new byte[] {5, 2});

    assertThatThrownBy(() -> GssapiAuthProvider.builder().keytab(keytab).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs principal");
  }

  @Test
  void should_refuse_a_keytab_that_does_not_exist(@TempDir Path dir) {
    Path missing = dir.resolve("missing.keytab");

    assertThatThrownBy(
            () -> GssapiAuthProvider.builder().principal("alice@TEST").keytab(missing).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(missing.toString())
        .hasMessageContaining("not a readable file");
  }

  @Test
  void should_describe_a_keytab_login_by_principal_and_path(@TempDir Path dir) throws Exception {
    Path keytab = Files.write(dir.resolve("client.keytab"), new byte[] {5, 2});

    GssapiAuthProvider provider =
        GssapiAuthProvider.builder().principal("alice@TEST").keytab(keytab).build();

    assertThat(provider.toString()).contains("alice@TEST").contains(keytab.toString());
  }

  @Test
  void should_name_the_service_host_by_address_or_as_given_without_dns() throws Exception {
    InetSocketAddress named =
        new InetSocketAddress(
            InetAddress.getByAddress("node7.example.test", new byte[] {127, 0, 0, 7}), 9042);

    assertThat(ServerNameResolver.address().serverName(named)).isEqualTo("127.0.0.7");
    assertThat(ServerNameResolver.asGiven().serverName(named)).isEqualTo("node7.example.test");
    assertThat(
            ServerNameResolver.asGiven()
                .serverName(new InetSocketAddress(InetAddress.getByName("127.0.0.8"), 9042)))
        .isEqualTo("127.0.0.8");
  }
}
