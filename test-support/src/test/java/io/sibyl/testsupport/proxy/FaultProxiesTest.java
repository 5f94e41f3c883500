package io.sibyl.testsupport.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.DataInputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class FaultProxiesTest {
  @Test
  void should_proxy_each_node_translate_its_address_and_sum_the_counts() throws Exception {
    try (TestServer first = TestServer.fakeNode();
        TestServer second = TestServer.fakeNode();
        FaultProxies proxies = FaultProxies.start(List.of(first.address(), second.address()))) {
      InetSocketAddress unknown = new InetSocketAddress("127.0.0.1", 1);

      assertThat(proxies.translate(first.address()))
          .isEqualTo(proxies.proxyOf(first.address()).address());
      assertThat(proxies.translate(unknown)).isEqualTo(unknown);
      assertThat(proxies.addresses()).hasSize(2).doesNotHaveDuplicates();
      assertThat(proxies.proxyAt(proxies.addresses().get(1)))
          .contains(proxies.proxyOf(second.address()));
      assertThatThrownBy(() -> proxies.proxyOf(unknown))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(unknown.toString());

      for (InetSocketAddress address : proxies.addresses()) {
        try (Socket socket = new Socket(address.getAddress(), address.getPort())) {
          socket.getOutputStream().write(Envelopes.query(4, 1, "INSERT x"));
          new DataInputStream(socket.getInputStream()).readFully(new byte[13]);
        }
      }

      FrameSelector insert = FrameSelector.query("INSERT x");
      assertThat(proxies.countForwarded(Direction.CLIENT_TO_SERVER, insert)).isEqualTo(2);
      assertThat(proxies.proxiesThatForwarded(Direction.CLIENT_TO_SERVER, insert))
          .containsExactlyElementsOf(proxies.proxies());
    }
  }

  @Test
  void should_listen_where_the_builders_say() throws Exception {
    try (TestServer node = TestServer.echo();
        FaultProxies proxies =
            FaultProxies.start(
                List.of(node.address()),
                upstream -> FaultProxy.builder(upstream).listenOn("127.0.0.2", 0))) {
      assertThat(proxies.addresses().get(0).getAddress().getHostAddress()).isEqualTo("127.0.0.2");
    }
  }
}
