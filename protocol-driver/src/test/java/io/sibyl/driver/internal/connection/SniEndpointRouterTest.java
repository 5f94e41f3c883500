package io.sibyl.driver.internal.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.error.ConnectionException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SniEndpointRouterTest {
  private static final InetSocketAddress PROXY = new InetSocketAddress("127.0.0.1", 29042);
  private static final UUID KNOWN = UUID.randomUUID();
  private static final InetSocketAddress NODE = new InetSocketAddress("127.0.0.7", 9042);

  private final SniEndpointRouter router = new SniEndpointRouter(PROXY, Map.of(NODE, KNOWN)::get);

  @Test
  void should_dial_the_proxy_with_the_host_id_of_a_contact_point() {
    UUID contact = UUID.randomUUID();

    EndpointRouter.Endpoint endpoint =
        router.route(InetSocketAddress.createUnresolved(contact.toString(), 29042));

    assertThat(endpoint.dial()).isEqualTo(PROXY);
    assertThat(endpoint.serverName()).isEqualTo(contact.toString());
  }

  @Test
  void should_dial_the_proxy_with_the_host_id_of_a_known_node() {
    EndpointRouter.Endpoint endpoint = router.route(NODE);

    assertThat(endpoint.dial()).isEqualTo(PROXY);
    assertThat(endpoint.serverName()).isEqualTo(KNOWN.toString());
  }

  @Test
  void should_refuse_a_node_whose_host_id_is_unknown() {
    assertThatThrownBy(() -> router.route(new InetSocketAddress("127.0.0.8", 9042)))
        .isInstanceOf(ConnectionException.class)
        .hasMessageContaining("No host id is known for the node at /127.0.0.8:9042")
        .hasMessageContaining("127.0.0.1:29042");
  }

  @Test
  void should_dial_where_the_proxy_is_now_and_report_a_failed_dial() {
    AtomicReference<InetSocketAddress> current = new AtomicReference<>(PROXY);
    List<InetSocketAddress> unreachable = new ArrayList<>();
    SniEndpointRouter moving =
        new SniEndpointRouter(current::get, unreachable::add, Map.of(NODE, KNOWN)::get);

    EndpointRouter.Endpoint before = moving.route(NODE);
    moving.dialFailed(before);
    InetSocketAddress moved = new InetSocketAddress("127.0.0.1", 29043);
    current.set(moved);

    assertThat(unreachable).containsExactly(PROXY);
    assertThat(moving.route(NODE).dial()).isEqualTo(moved);
    assertThat(moving.route(NODE).serverName()).isEqualTo(KNOWN.toString());
  }
}
