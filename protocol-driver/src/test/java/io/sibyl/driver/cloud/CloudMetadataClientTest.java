package io.sibyl.driver.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CloudMetadataClientTest {
  private static final URI SERVICE = URI.create("https://db.example.test:29080/metadata");

  @Test
  void should_read_the_proxy_local_datacenter_and_host_ids() {
    UUID a = UUID.randomUUID();
    UUID b = UUID.randomUUID();
    CloudContactInfo info =
        CloudMetadataClient.parse(
            SERVICE,
            "{\"version\":1,\"contact_info\":{\"type\":\"sni_proxy\",\"local_dc\":\"dc1\","
                + "\"contact_points\":[\""
                + a
                + "\",\""
                + b
                + "\"],\"sni_proxy_address\":\"proxy.example.test:29042\"}}");

    assertThat(info.sniProxy().getHostString()).isEqualTo("proxy.example.test");
    assertThat(info.sniProxy().getPort()).isEqualTo(29042);
    assertThat(info.sniProxy().isUnresolved()).isTrue();
    assertThat(info.localDatacenter()).isEqualTo("dc1");
    assertThat(info.hostIds()).isEqualTo(List.of(a, b));
  }

  @Test
  void should_name_the_service_and_the_missing_field() {
    assertThatThrownBy(() -> CloudMetadataClient.parse(SERVICE, "{\"version\":1}"))
        .isInstanceOf(CloudMetadataException.class)
        .hasMessageContaining(SERVICE.toString())
        .hasMessageContaining("no 'contact_info'");
    assertThatThrownBy(
            () ->
                CloudMetadataClient.parse(
                    SERVICE,
                    "{\"contact_info\":{\"contact_points\":[\"not-a-uuid\"],"
                        + "\"sni_proxy_address\":\"p:1\"}}"))
        .isInstanceOf(CloudMetadataException.class)
        .hasMessageContaining("not-a-uuid");
  }
}
