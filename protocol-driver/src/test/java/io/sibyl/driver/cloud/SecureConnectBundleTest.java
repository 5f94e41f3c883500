package io.sibyl.driver.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.testsupport.cloud.SecureConnectBundles;
import io.sibyl.testsupport.cloud.TestCertificates;
import io.sibyl.testsupport.cloud.TestCertificates.KeyAndCertificate;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecureConnectBundleTest {
  @TempDir static Path directory;

  private static KeyAndCertificate authority;
  private static KeyAndCertificate client;

  @BeforeAll
  static void certificates() throws Exception {
    authority = TestCertificates.selfSigned(directory, "CN=test-ca", 1, 30);
    client = TestCertificates.selfSigned(directory, "CN=test-client", 1, 30);
  }

  @Test
  void should_read_the_service_address_keyspace_and_local_datacenter() throws Exception {
    Path file = bundle().writeTo(directory.resolve("full.zip"));

    SecureConnectBundle bundle = SecureConnectBundle.read(file);

    assertThat(bundle.metadataHost()).isEqualTo("db.example.test");
    assertThat(bundle.metadataPort()).isEqualTo(29080);
    assertThat(bundle.keyspace()).isEqualTo("shop");
    assertThat(bundle.localDatacenter()).isEqualTo("eu-west-1");
    assertThat(bundle.sslContext().getProtocol()).isEqualTo("TLS");
    assertThat(bundle.source()).isEqualTo(file.toString());
  }

  @Test
  void should_accept_a_pkcs1_rsa_key() throws Exception {
    byte[] pkcs8 = client.key().getEncoded();
    // A JDK RSA-2048 PKCS#8 key: 26 bytes of header, then the OCTET STRING's PKCS#1 content.
    assertThat(pkcs8[22]).isEqualTo((byte) 0x04);
    byte[] pkcs1 = Arrays.copyOfRange(pkcs8, 26, pkcs8.length);
    String pem =
        "-----BEGIN RSA PRIVATE KEY-----\n"
            + Base64.getMimeEncoder().encodeToString(pkcs1)
            + "\n-----END RSA PRIVATE KEY-----\n";
    Path file = bundle().entry("key", pem).writeTo(directory.resolve("pkcs1.zip"));

    assertThat(SecureConnectBundle.read(file).metadataPort()).isEqualTo(29080);
  }

  @Test
  void should_name_the_config_field_that_is_missing() throws Exception {
    Path file =
        bundle()
            .entry("config.json", "{\"host\":\"db.example.test\"}")
            .writeTo(directory.resolve("no-port.zip"));

    assertThatThrownBy(() -> SecureConnectBundle.read(file))
        .isInstanceOf(SecureConnectBundleException.class)
        .hasMessageContaining("has no valid 'port'");
  }

  @Test
  void should_report_malformed_json_with_its_offset() throws Exception {
    Path file = bundle().entry("config.json", "{\"host\": }").writeTo(directory.resolve("bad.zip"));

    assertThatThrownBy(() -> SecureConnectBundle.read(file))
        .isInstanceOf(SecureConnectBundleException.class)
        .hasMessageContaining("'config.json'")
        .hasMessageContaining("malformed JSON at offset 9");
  }

  @Test
  void should_refuse_a_file_that_is_not_a_zip() throws Exception {
    Path file = Files.writeString(directory.resolve("plain.zip"), "hello");

    assertThatThrownBy(() -> SecureConnectBundle.read(file))
        .isInstanceOf(SecureConnectBundleException.class)
        .hasMessageContaining("is empty or not a zip file");
  }

  @Test
  void should_refuse_an_unreadable_path() {
    Path missing = directory.resolve("missing.zip");

    assertThatThrownBy(() -> SecureConnectBundle.read(missing))
        .isInstanceOf(SecureConnectBundleException.class)
        .hasMessageContaining("Cannot read the secure connect bundle " + missing);
  }

  @Test
  void should_refuse_a_key_that_is_not_pem() throws Exception {
    byte[] zip =
        Files.readAllBytes(
            bundle().entry("key", "garbage").writeTo(directory.resolve("garbage-key.zip")));

    assertThatThrownBy(() -> SecureConnectBundle.read(new ByteArrayInputStream(zip), "upload"))
        .isInstanceOf(SecureConnectBundleException.class)
        .hasMessageContaining("The 'key' entry of the secure connect bundle upload is not usable");
  }

  @Test
  void should_parse_json_values() {
    Object parsed =
        Json.parse("{\"a\": [1, 2.5, true, false, null], \"b\": \"x\\\"y\\u0041\\n\", \"c\": {}}");

    assertThat(parsed.toString()).isEqualTo("{a=[1.0, 2.5, true, false, null], b=x\"yA\n, c={}}");
    assertThatThrownBy(() -> Json.parse("[1, 2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected ']'");
  }

  private static SecureConnectBundles bundle() {
    return SecureConnectBundles.of(
        "db.example.test",
        29080,
        "shop",
        "eu-west-1",
        List.of(authority.certificate()),
        client.certificate(),
        client.key());
  }
}
