package io.sibyl.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NativeProtocolProbeTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(2);

  private final List<byte[]> requests = new CopyOnWriteArrayList<>();
  private ServerSocket server;

  @AfterEach
  void closeServer() throws IOException {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void should_send_a_v4_options_frame_with_an_empty_body() {
    assertThat(NativeProtocolProbe.OPTIONS_REQUEST)
        .containsExactly(0x04, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00);
  }

  @Test
  void should_see_a_node_that_answers_options_with_supported() throws Exception {
    InetSocketAddress address = serve(List.of(frame(0x06, supportedBody())));

    assertThat(probe(address).answersOptions()).isTrue();
    assertThat(requests)
        .singleElement()
        .satisfies(
            request -> assertThat(request).containsExactly(NativeProtocolProbe.OPTIONS_REQUEST));
  }

  @Test
  void should_not_see_a_node_that_answers_with_an_error_or_closes() throws Exception {
    assertThat(probe(serve(List.of(frame(0x00, error("overloaded"))))).answersOptions()).isFalse();
    assertThat(probe(serve(List.of())).answersOptions()).isFalse();
  }

  @Test
  void should_not_see_a_port_nobody_listens_on() throws Exception {
    InetSocketAddress unused;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      unused = new InetSocketAddress(socket.getInetAddress(), socket.getLocalPort());
    }

    assertThat(probe(unused).answersOptions()).isFalse();
  }

  @Test
  void should_log_in_with_sasl_plain_when_the_node_asks_for_authentication() throws Exception {
    InetSocketAddress address =
        serve(
            List.of(
                frame(0x03, string("org.apache.cassandra.auth.PasswordAuthenticator")),
                frame(0x10, new byte[4])));

    assertThat(probe(address).acceptsLogin("cassandra", "secret")).isTrue();

    assertThat(requests).hasSize(2);
    ByteBuffer startup = ByteBuffer.wrap(requests.get(0));
    assertThat(startup.get(4)).isEqualTo((byte) 0x01);
    assertThat(new String(requests.get(0), StandardCharsets.UTF_8))
        .contains("CQL_VERSION")
        .contains("3.0.0");
    ByteBuffer authResponse = ByteBuffer.wrap(requests.get(1));
    assertThat(authResponse.get(4)).isEqualTo((byte) 0x0F);
    assertThat(authResponse.getInt(9)).isEqualTo(17);
    assertThat(new String(requests.get(1), 13, 17, StandardCharsets.UTF_8))
        .isEqualTo("\0cassandra\0secret");
  }

  @Test
  void should_refuse_a_login_the_node_rejects_and_accept_a_node_without_authentication()
      throws Exception {
    InetSocketAddress rejecting =
        serve(
            List.of(
                frame(0x03, string("PasswordAuthenticator")),
                frame(0x00, error("bad credentials"))));
    assertThat(probe(rejecting).acceptsLogin("cassandra", "wrong")).isFalse();

    InetSocketAddress open = serve(List.of(frame(0x02, new byte[0])));
    assertThat(probe(open).acceptsLogin("anyone", "anything")).isTrue();
  }

  @Test
  void should_log_in_then_query_and_read_text_and_inet_cells_of_the_rows() throws Exception {
    byte[] rows =
        concat(
            List.of(
                ByteBuffer.allocate(12).putInt(2).putInt(0x0001).putInt(2).array(),
                string("system"),
                string("peers_v2"),
                string("peer"),
                new byte[] {0, 0x10},
                string("data_center"),
                new byte[] {0, 0x0D},
                ByteBuffer.allocate(4).putInt(2).array(),
                ByteBuffer.allocate(4).putInt(4).array(),
                new byte[] {127, 0, 42, 2},
                ByteBuffer.allocate(4).putInt(3).array(),
                "dc1".getBytes(StandardCharsets.UTF_8),
                ByteBuffer.allocate(4).putInt(4).array(),
                new byte[] {127, 0, 42, 3},
                ByteBuffer.allocate(4).putInt(-1).array()));
    InetSocketAddress address =
        serve(
            List.of(
                frame(0x03, string("PasswordAuthenticator")),
                frame(0x10, new byte[4]),
                frame(0x08, rows)));

    assertThat(probe(address).query("SELECT peer, data_center FROM system.peers_v2", "u", "p"))
        .containsExactly(List.of("127.0.42.2", "dc1"), java.util.Arrays.asList("127.0.42.3", null));
    ByteBuffer query = ByteBuffer.wrap(requests.get(2));
    assertThat(query.get(4)).isEqualTo((byte) 0x07);
    assertThat(new String(requests.get(2), StandardCharsets.UTF_8))
        .contains("SELECT peer, data_center FROM system.peers_v2");
  }

  @Test
  void should_fail_a_query_that_gets_an_error() throws Exception {
    InetSocketAddress address =
        serve(List.of(frame(0x02, new byte[0]), frame(0x00, error("unconfigured table"))));

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> probe(address).query("SELECT x FROM nowhere", null, null))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("SELECT x FROM nowhere");
  }

  private NativeProtocolProbe probe(InetSocketAddress address) {
    return new NativeProtocolProbe(address, null, TIMEOUT);
  }

  /** Serves one connection: reads a request frame before sending each response, then closes. */
  private InetSocketAddress serve(List<byte[]> responses) throws IOException {
    if (server != null) {
      server.close();
    }
    requests.clear();
    server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    ServerSocket listening = server;
    Thread thread =
        new Thread(
            () -> {
              try (Socket client = listening.accept()) {
                DataInputStream in = new DataInputStream(client.getInputStream());
                OutputStream out = client.getOutputStream();
                for (byte[] response : responses) {
                  requests.add(readFrame(in));
                  out.write(response);
                  out.flush();
                }
                if (responses.isEmpty()) {
                  requests.add(readFrame(in));
                }
              } catch (IOException e) {
                // The probe gave up or the test ended.
              }
            });
    thread.setDaemon(true);
    thread.start();
    return new InetSocketAddress(listening.getInetAddress(), listening.getLocalPort());
  }

  private static byte[] readFrame(DataInputStream in) throws IOException {
    byte[] header = new byte[9];
    in.readFully(header);
    byte[] body = new byte[ByteBuffer.wrap(header).getInt(5)];
    in.readFully(body);
    return ByteBuffer.allocate(9 + body.length).put(header).put(body).array();
  }

  private static byte[] frame(int opcode, byte[] body) {
    ByteBuffer frame = ByteBuffer.allocate(9 + body.length);
    frame
        .put((byte) 0x84)
        .put((byte) 0)
        .putShort((short) 0)
        .put((byte) opcode)
        .putInt(body.length)
        .put(body);
    return frame.array();
  }

  private static byte[] supportedBody() {
    List<byte[]> parts = new ArrayList<>();
    parts.add(new byte[] {0, 1});
    parts.add(string("CQL_VERSION"));
    parts.add(new byte[] {0, 1});
    parts.add(string("3.4.7"));
    return concat(parts);
  }

  private static byte[] error(String message) {
    return concat(List.of(new byte[] {0, 0, 0, 0}, string(message)));
  }

  private static byte[] string(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return ByteBuffer.allocate(2 + bytes.length).putShort((short) bytes.length).put(bytes).array();
  }

  private static byte[] concat(List<byte[]> parts) {
    int length = parts.stream().mapToInt(part -> part.length).sum();
    ByteBuffer joined = ByteBuffer.allocate(length);
    parts.forEach(joined::put);
    return joined.array();
  }
}
