package io.sibyl.driver.internal.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.Consistency;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.Session;
import io.sibyl.driver.SessionBuilder;
import io.sibyl.driver.Transport;
import io.sibyl.driver.auth.PlainTextAuthProvider;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigPropertiesTest {

  @Test
  void should_apply_every_kind_of_value_from_properties() {
    Properties properties = new Properties();
    properties.setProperty("sibyl.contact-points", "127.0.0.5:9043, 127.0.0.6");
    properties.setProperty("sibyl.local-datacenter", "dc2");
    properties.setProperty("sibyl.keyspace", "shop");
    properties.setProperty("sibyl.request-timeout", "750ms");
    properties.setProperty("sibyl.connect-timeout", "PT3S");
    properties.setProperty("sibyl.consistency", "local_quorum");
    properties.setProperty("sibyl.protocol-version", "v4");
    properties.setProperty("sibyl.compression", "lz4");
    properties.setProperty("sibyl.page-size", "1_000");
    properties.setProperty("sibyl.idempotent", "true");
    properties.setProperty("sibyl.max-concurrent-requests", "64");
    properties.setProperty("other.key", "ignored");

    SessionBuilder builder = Session.builder().withConfig(properties);

    assertThat(field(builder, "contactPoints"))
        .isEqualTo(
            List.of(
                new InetSocketAddress("127.0.0.5", 9043),
                new InetSocketAddress("127.0.0.6", 9042)));
    assertThat(field(builder, "localDatacenter")).isEqualTo("dc2");
    assertThat(field(builder, "keyspace")).isEqualTo("shop");
    assertThat(field(builder, "requestTimeout")).isEqualTo(Duration.ofMillis(750));
    assertThat(field(builder, "connectTimeout")).isEqualTo(Duration.ofSeconds(3));
    assertThat(field(builder, "consistency")).isEqualTo(Consistency.LOCAL_QUORUM);
    assertThat(field(builder, "protocolVersion")).isEqualTo(ProtocolVersion.V4);
    assertThat(field(builder, "compression")).isEqualTo(true);
    assertThat(field(builder, "pageSize")).isEqualTo(1000);
    assertThat(field(builder, "idempotent")).isEqualTo(true);
    assertThat(field(builder, "maxConcurrentRequests")).isEqualTo(64);
    assertThat(field(builder, "maxQueuedRequests"))
        .isEqualTo(SessionBuilder.DEFAULT_MAX_QUEUED_REQUESTS);
  }

  @Test
  void should_read_a_properties_file(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("sibyl.properties");
    Files.writeString(
        file, "sibyl.username=app\nsibyl.password=s3cret\nsibyl.heartbeat-interval=2m\n");

    SessionBuilder builder = Session.builder().withConfig(file);

    assertThat(field(builder, "authProvider")).isInstanceOf(PlainTextAuthProvider.class);
    assertThat(field(builder, "heartbeatInterval")).isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void should_refuse_an_unknown_key_naming_the_known_ones() {
    Properties properties = new Properties();
    properties.setProperty("sibyl.contact-point", "127.0.0.1");

    assertThatThrownBy(() -> Session.builder().withConfig(properties))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "Unknown configuration key sibyl.contact-point in the given properties; the known keys"
                + " are [")
        .hasMessageContaining("sibyl.contact-points");
  }

  @Test
  void should_name_the_key_but_never_the_value_when_a_value_does_not_parse() {
    Properties properties = new Properties();
    properties.setProperty("sibyl.request-timeout", "soon-ish");

    assertThatThrownBy(() -> Session.builder().withConfig(properties))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Bad value for sibyl.request-timeout in the given properties: expected a duration"
                + " such as 500ms, 5s, 2m or PT5S")
        .hasMessageNotContaining("soon-ish");
  }

  @Test
  void should_parse_the_transport_in_any_case() {
    for (Map.Entry<String, Transport> entry :
        Map.of("auto", Transport.AUTO, "NIO", Transport.NIO, " Epoll ", Transport.EPOLL)
            .entrySet()) {
      Properties properties = new Properties();
      properties.setProperty("sibyl.transport", entry.getKey());

      SessionBuilder builder = Session.builder().withConfig(properties);

      assertThat(field(builder, "transport")).as(entry.getKey()).isEqualTo(entry.getValue());
    }
    assertThat(field(Session.builder(), "transport")).isEqualTo(Transport.AUTO);
  }

  @Test
  void should_refuse_an_unknown_transport_naming_the_accepted_ones() {
    Properties properties = new Properties();
    properties.setProperty("sibyl.transport", "io_uring");

    assertThatThrownBy(() -> Session.builder().withConfig(properties))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Bad value for sibyl.transport in the given properties: expected auto, nio or epoll");
  }

  @Test
  void should_refuse_a_user_name_without_a_password() {
    Properties properties = new Properties();
    properties.setProperty("sibyl.username", "app");

    assertThatThrownBy(() -> Session.builder().withConfig(properties))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Configuration in the given properties sets only one of sibyl.username and"
                + " sibyl.password; set both, or neither");
  }

  @Test
  void should_map_environment_names_to_keys_and_skip_other_sibyl_variables() {
    Map<String, String> config =
        ConfigProperties.fromEnvironment(
            Map.of(
                "SIBYL_CONTACT_POINTS", "10.0.0.1",
                "SIBYL_LOCAL_DC", "dc1",
                "SIBYL_REQUEST_TIMEOUT", "5s",
                "SIBYL_BACKEND", "testcontainers",
                "PATH", "/usr/bin"));

    assertThat(config)
        .containsOnly(
            Map.entry("sibyl.contact-points", "10.0.0.1"),
            Map.entry("sibyl.local-datacenter", "dc1"),
            Map.entry("sibyl.request-timeout", "5s"));
  }

  @Test
  void should_take_only_known_keys_from_system_properties() {
    Map<String, String> config =
        ConfigProperties.fromSystemProperties(
            Map.of("sibyl.keyspace", "ks", "sibyl.it.contactPoints", "x", "java.version", "17"));

    assertThat(config).containsOnly(Map.entry("sibyl.keyspace", "ks"));
  }

  private static Object field(SessionBuilder builder, String name) {
    try {
      Field field = SessionBuilder.class.getDeclaredField(name);
      field.setAccessible(true);
      return field.get(builder);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
