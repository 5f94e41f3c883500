package io.sibyl.testsupport.proxy;

import static io.sibyl.testsupport.proxy.Direction.CLIENT_TO_SERVER;
import static io.sibyl.testsupport.proxy.Direction.SERVER_TO_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class FaultProxyTest {
  private final List<AutoCloseable> resources = new ArrayList<>();

  @AfterEach
  void closeAll() throws Exception {
    for (int i = resources.size() - 1; i >= 0; i--) {
      resources.get(i).close();
    }
  }

  private <T extends AutoCloseable> T track(T resource) {
    resources.add(resource);
    return resource;
  }

  private FaultProxy echoProxy(boolean followProtocol) throws IOException {
    TestServer echo = track(TestServer.echo());
    return track(FaultProxy.builder(echo.address()).followProtocol(followProtocol).start());
  }

  private FaultProxy nodeProxy() throws IOException {
    TestServer node = track(TestServer.fakeNode());
    return track(FaultProxy.start(node.address()));
  }

  private Socket connect(FaultProxy proxy) throws IOException {
    Socket socket = track(new Socket(proxy.address().getAddress(), proxy.address().getPort()));
    socket.setSoTimeout(3000);
    return socket;
  }

  private static byte[] readExactly(Socket socket, int length) throws IOException {
    byte[] bytes = new byte[length];
    new DataInputStream(socket.getInputStream()).readFully(bytes);
    return bytes;
  }

  private static byte[] readToEnd(Socket socket) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    InputStream in = socket.getInputStream();
    byte[] buffer = new byte[4096];
    int read;
    while ((read = in.read(buffer)) >= 0) {
      out.write(buffer, 0, read);
    }
    return out.toByteArray();
  }

  private static void assertNothingToRead(Socket socket, int millis) throws IOException {
    int timeout = socket.getSoTimeout();
    socket.setSoTimeout(millis);
    try {
      assertThatThrownBy(() -> socket.getInputStream().read())
          .isInstanceOf(SocketTimeoutException.class);
    } finally {
      socket.setSoTimeout(timeout);
    }
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition met within 5 s").isLessThan(deadline);
      Thread.sleep(10);
    }
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void should_forward_both_ways_and_count_when_passing() throws Exception {
    FaultProxy proxy = echoProxy(false);
    Socket socket = connect(proxy);

    socket.getOutputStream().write(ascii("hello"));

    assertThat(readExactly(socket, 5)).isEqualTo(ascii("hello"));
    ProxyCounters counters = proxy.counters();
    assertThat(counters.connectionsAccepted()).isOne();
    assertThat(counters.connectionsOpen()).isOne();
    assertThat(counters.bytesForwarded(CLIENT_TO_SERVER)).isEqualTo(5);
    assertThat(counters.bytesForwarded(SERVER_TO_CLIENT)).isEqualTo(5);
    assertThat(proxy.connections()).hasSize(1);

    socket.close();
    await(() -> counters.connectionsOpen() == 0 && proxy.connections().isEmpty());
  }

  @Test
  void should_delay_each_chunk_when_delaying() throws Exception {
    FaultProxy proxy = echoProxy(false);
    Socket socket = connect(proxy);
    proxy.rule(CLIENT_TO_SERVER, FaultRule.delay(Duration.ofMillis(300)));

    long start = System.nanoTime();
    socket.getOutputStream().write(ascii("slow"));
    byte[] echoed = readExactly(socket, 4);
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

    assertThat(echoed).isEqualTo(ascii("slow"));
    assertThat(elapsed).isBetween(Duration.ofMillis(280), Duration.ofMillis(3000));
  }

  @Test
  void should_keep_the_order_when_delaying_with_jitter() throws Exception {
    FaultProxy proxy = echoProxy(true);
    Socket socket = connect(proxy);
    proxy.rule(SERVER_TO_CLIENT, FaultRule.delay(Duration.ofMillis(20), Duration.ofMillis(100), 7));
    ByteArrayOutputStream sent = new ByteArrayOutputStream();

    for (int i = 0; i < 20; i++) {
      byte[] envelope = Envelopes.query(4, i, "statement " + i);
      sent.writeBytes(envelope);
      socket.getOutputStream().write(envelope);
      Thread.sleep(5);
    }

    assertThat(readExactly(socket, sent.size())).isEqualTo(sent.toByteArray());
  }

  @Test
  void should_hold_the_bytes_and_keep_the_socket_open_when_paused() throws Exception {
    FaultProxy proxy = echoProxy(false);
    Socket socket = connect(proxy);
    proxy.rule(SERVER_TO_CLIENT, FaultRule.pause());

    socket.getOutputStream().write(ascii("held"));

    assertNothingToRead(socket, 400);
    assertThat(proxy.counters().bytesForwarded(CLIENT_TO_SERVER)).isEqualTo(4);
    assertThat(proxy.connections().get(0).isOpen()).isTrue();
    proxy.clearRules();
    assertThat(readExactly(socket, 4)).isEqualTo(ascii("held"));
  }

  @Test
  void should_stop_reading_when_paused_so_the_client_fills_its_buffers() throws Exception {
    FaultProxy proxy = echoProxy(false);
    Socket socket = connect(proxy);
    proxy.rule(CLIENT_TO_SERVER, FaultRule.pause()); // reading stopped when this returns

    socket.getOutputStream().write(new byte[1000]);
    Thread.sleep(300);

    assertThat(proxy.counters().bytesReceived(CLIENT_TO_SERVER)).isZero();
    proxy.clearRules();
    assertThat(readExactly(socket, 1000)).hasSize(1000);
  }

  @Test
  void should_drop_the_bytes_and_keep_the_socket_open_when_blackholed() throws Exception {
    FaultProxy proxy = echoProxy(false);
    Socket socket = connect(proxy);
    proxy.rule(CLIENT_TO_SERVER, FaultRule.blackhole());

    socket.getOutputStream().write(ascii("lost"));
    assertNothingToRead(socket, 400);
    assertThat(proxy.counters().bytesDropped(CLIENT_TO_SERVER)).isEqualTo(4);

    proxy.clearRules();
    socket.getOutputStream().write(ascii("kept"));
    assertThat(readExactly(socket, 4)).isEqualTo(ascii("kept"));
  }

  @Test
  void should_reset_the_client_when_resetting() throws Exception {
    FaultProxy proxy = echoProxy(false);
    Socket socket = connect(proxy);
    proxy.rule(CLIENT_TO_SERVER, FaultRule.reset());

    socket.getOutputStream().write(ascii("boom"));

    assertThatThrownBy(() -> readToEnd(socket))
        .isInstanceOf(SocketException.class)
        .hasMessageContaining("Connection reset");
    await(() -> proxy.counters().connectionsOpen() == 0);
  }

  @Test
  void should_forward_n_bytes_then_reset() throws Exception {
    FaultProxy proxy = echoProxy(false);
    Socket socket = connect(proxy);
    proxy.rule(SERVER_TO_CLIENT, FaultRule.resetAfterBytes(6));

    socket.getOutputStream().write(ascii("0123456789"));

    byte[] head = readExactly(socket, 6);
    assertThat(head).isEqualTo(ascii("012345"));
    assertThatThrownBy(() -> readToEnd(socket))
        .isInstanceOf(SocketException.class)
        .hasMessageContaining("Connection reset");
  }

  @Test
  void should_close_after_n_bytes() throws Exception {
    FaultProxy proxy = echoProxy(false);
    Socket socket = connect(proxy);
    proxy.rule(SERVER_TO_CLIENT, FaultRule.closeAfterBytes(5));

    socket.getOutputStream().write(ascii("0123456789"));

    assertThat(readToEnd(socket)).isEqualTo(ascii("01234"));
  }

  @Test
  void should_truncate_the_next_matching_envelope_then_close() throws Exception {
    FaultProxy proxy = nodeProxy();
    Socket socket = connect(proxy);
    proxy.rule(SERVER_TO_CLIENT, FaultRule.truncate(4).onFrames(FrameSelector.stream(2)));

    socket.getOutputStream().write(Envelopes.query(4, 1, "first"));
    assertThat(readExactly(socket, 13)).isEqualTo(Envelopes.voidResult(4, 1));
    socket.getOutputStream().write(Envelopes.query(4, 2, "second"));

    assertThat(readToEnd(socket)).isEqualTo(Arrays.copyOf(Envelopes.voidResult(4, 2), 4));
    assertThat(proxy.counters().framesForwarded(SERVER_TO_CLIENT, Opcode.RESULT)).isOne();
  }

  @Test
  void should_flip_the_same_bits_for_the_same_seed() throws Exception {
    FaultProxy proxy = echoProxy(true);
    byte[] envelope = Envelopes.query(4, 1, "x".repeat(50));

    byte[] first = flipped(proxy, FaultRule.flipBits(42, 3), envelope);
    byte[] second = flipped(proxy, FaultRule.flipBits(42, 3), envelope);
    byte[] otherSeed = flipped(proxy, FaultRule.flipBits(43, 3), envelope);

    assertThat(first).isEqualTo(second).isNotEqualTo(envelope).isNotEqualTo(otherSeed);
    assertThat(differingBits(first, envelope)).isBetween(1, 3);
  }

  @Test
  void should_flip_bits_only_after_n_bytes() throws Exception {
    FaultProxy proxy = echoProxy(true);
    byte[] envelope = Envelopes.query(4, 1, "x".repeat(50));

    byte[] echoed = flipped(proxy, FaultRule.flipBits(1, 8).afterBytes(9), envelope);

    assertThat(Arrays.copyOf(echoed, 9)).isEqualTo(Arrays.copyOf(envelope, 9));
    assertThat(echoed).isNotEqualTo(envelope);
  }

  /** What the echo returns for {@code bytes} sent on a new connection whose requests get rule. */
  private byte[] flipped(FaultProxy proxy, FaultRule rule, byte[] bytes) throws Exception {
    proxy.rule(CLIENT_TO_SERVER, rule);
    try (Socket socket = connect(proxy)) {
      socket.getOutputStream().write(bytes);
      return readExactly(socket, bytes.length);
    }
  }

  private static int differingBits(byte[] a, byte[] b) {
    int bits = 0;
    for (int i = 0; i < a.length; i++) {
      bits += Integer.bitCount((a[i] ^ b[i]) & 0xFF);
    }
    return bits;
  }

  @Test
  void should_bound_the_rate_when_limiting_bandwidth() throws Exception {
    FaultProxy proxy = echoProxy(false);
    Socket socket = connect(proxy);
    proxy.rule(SERVER_TO_CLIENT, FaultRule.bandwidth(20_000));

    long start = System.nanoTime();
    socket.getOutputStream().write(new byte[30_000]);
    readExactly(socket, 30_000);
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

    // 30 000 bytes at 20 000 B/s: 1.5 s, less the first slice.
    assertThat(elapsed).isBetween(Duration.ofMillis(1200), Duration.ofMillis(5000));
  }

  @Test
  void should_close_new_connections_when_refusing_with_close() throws Exception {
    FaultProxy proxy = echoProxy(false);
    proxy.refuseConnections(RefuseMode.CLOSE_ON_ACCEPT);

    Socket socket = connect(proxy);

    assertThat(socket.getInputStream().read()).isEqualTo(-1);
    assertThat(proxy.counters().connectionsRefused()).isOne();
    assertThat(proxy.counters().connectionsAccepted()).isZero();
  }

  @Test
  void should_reset_new_connections_when_refusing_with_reset() throws Exception {
    FaultProxy proxy = echoProxy(false);
    proxy.refuseConnections(RefuseMode.RESET_ON_ACCEPT);

    Socket socket = connect(proxy);

    assertThatThrownBy(() -> socket.getInputStream().read())
        .isInstanceOf(SocketException.class)
        .hasMessageContaining("Connection reset");
  }

  @Test
  void should_refuse_connects_when_unbound_and_listen_again_on_the_same_address() throws Exception {
    FaultProxy proxy = echoProxy(false);
    Socket open = connect(proxy);
    await(() -> proxy.counters().connectionsOpen() == 1);

    proxy.refuseConnections(RefuseMode.UNBIND);

    assertThatThrownBy(() -> connect(proxy)).isInstanceOf(ConnectException.class);
    open.getOutputStream().write(ascii("still"));
    assertThat(readExactly(open, 5)).as("open connections keep working").isEqualTo(ascii("still"));

    proxy.acceptConnections();
    Socket again = connect(proxy);
    again.getOutputStream().write(ascii("back"));
    assertThat(readExactly(again, 4)).isEqualTo(ascii("back"));
  }

  @Test
  void should_leave_connects_waiting_when_not_accepting() throws Exception {
    FaultProxy proxy = echoProxy(false);
    proxy.refuseConnections(RefuseMode.STOP_ACCEPTING);

    Socket socket = connect(proxy);
    socket.getOutputStream().write(ascii("wait"));
    assertNothingToRead(socket, 400);
    assertThat(proxy.counters().connectionsAccepted()).isZero();

    proxy.acceptConnections();
    assertThat(readExactly(socket, 4)).isEqualTo(ascii("wait"));
  }

  @Test
  void should_reset_only_the_first_execute_of_a_connection() throws Exception {
    FaultProxy proxy = nodeProxy();
    proxy.rule(
        CLIENT_TO_SERVER, FaultRule.reset().onFrames(FrameSelector.opcode(Opcode.EXECUTE)).once());
    Socket socket = connect(proxy);

    socket.getOutputStream().write(Envelopes.query(4, 1, "SELECT 1"));
    assertThat(readExactly(socket, 13)).isEqualTo(Envelopes.voidResult(4, 1));
    socket.getOutputStream().write(Envelopes.execute(4, 2, new byte[] {7}));

    assertThatThrownBy(() -> readToEnd(socket)).hasMessageContaining("Connection reset");
    ProxyCounters counters = proxy.counters();
    assertThat(counters.framesForwarded(CLIENT_TO_SERVER, Opcode.QUERY)).isOne();
    assertThat(counters.framesForwarded(CLIENT_TO_SERVER, Opcode.EXECUTE)).isZero();
    assertThat(counters.framesReceived(CLIENT_TO_SERVER, Opcode.EXECUTE)).isOne();
  }

  @Test
  void should_drop_only_the_responses_of_one_stream() throws Exception {
    FaultProxy proxy = nodeProxy();
    proxy.rule(SERVER_TO_CLIENT, FaultRule.blackhole().onFrames(FrameSelector.stream(5)));
    Socket socket = connect(proxy);

    for (int stream = 4; stream <= 6; stream++) {
      socket.getOutputStream().write(Envelopes.query(4, stream, "q"));
    }

    assertThat(readExactly(socket, 26))
        .isEqualTo(Envelopes.concat(Envelopes.voidResult(4, 4), Envelopes.voidResult(4, 6)));
    assertNothingToRead(socket, 300);
  }

  @Test
  void should_count_the_requests_of_a_statement_that_reached_the_node() throws Exception {
    FaultProxy proxy = nodeProxy();
    Socket socket = connect(proxy);
    byte[] id = {1, 2, 3, 4};

    socket.getOutputStream().write(Envelopes.query(4, 1, "INSERT INTO t (k) VALUES (1)"));
    socket.getOutputStream().write(Envelopes.query(4, 2, "SELECT * FROM t"));
    socket.getOutputStream().write(Envelopes.query(4, 3, "INSERT INTO t (k) VALUES (1)"));
    socket.getOutputStream().write(Envelopes.execute(4, 4, id));
    readExactly(socket, 4 * 13);

    ProxyCounters counters = proxy.counters();
    assertThat(
            counters.countForwarded(
                CLIENT_TO_SERVER, FrameSelector.query("INSERT INTO t (k) VALUES (1)")))
        .isEqualTo(2);
    assertThat(
            counters.countForwarded(
                CLIENT_TO_SERVER, FrameSelector.preparedId(java.nio.ByteBuffer.wrap(id))))
        .isOne();
    assertThat(counters.framesForwarded(SERVER_TO_CLIENT, Opcode.RESULT)).isEqualTo(4);
    assertThat(counters.forwardedFrames(SERVER_TO_CLIENT))
        .extracting(Frame::streamId)
        .containsExactly(1, 2, 3, 4);
  }

  @Test
  void should_let_a_connection_rule_override_the_proxy_rule() throws Exception {
    FaultProxy proxy = echoProxy(false);
    Socket first = connect(proxy);
    Socket second = connect(proxy);
    await(() -> proxy.connections().size() == 2);

    proxy.rule(CLIENT_TO_SERVER, FaultRule.blackhole());
    proxy.connections().get(1).rule(CLIENT_TO_SERVER, FaultRule.pass());
    first.getOutputStream().write(ascii("a"));
    second.getOutputStream().write(ascii("b"));

    assertThat(readExactly(second, 1)).isEqualTo(ascii("b"));
    assertNothingToRead(first, 300);
  }

  @Test
  void should_reset_the_client_and_forget_the_connection_when_the_node_is_unreachable()
      throws Exception {
    java.net.InetSocketAddress closedPort;
    try (java.net.ServerSocket unused =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = (java.net.InetSocketAddress) unused.getLocalSocketAddress();
    }
    FaultProxy proxy = track(FaultProxy.start(closedPort));

    Socket socket = connect(proxy);

    assertThatThrownBy(() -> readToEnd(socket)).hasMessageContaining("Connection reset");
    await(() -> proxy.connections().isEmpty());
    assertThat(proxy.counters().connectionsRefused()).isOne();
    assertThat(proxy.counters().connectionsOpen()).isZero();
  }

  @Test
  void should_say_where_it_could_not_listen() throws Exception {
    FaultProxy first = echoProxy(false);

    assertThatThrownBy(() -> FaultProxy.builder(first.upstream()).listenOn(first.address()).start())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("could not listen on " + first.address());
  }

  @Test
  void should_close_everything_within_bounds() throws Exception {
    TestServer echo = track(TestServer.echo());
    FaultProxy proxy = FaultProxy.start(echo.address());
    Socket socket = connect(proxy);
    proxy.rule(FaultRule.pause());
    socket.getOutputStream().write(ascii("pending"));

    long start = System.nanoTime();
    proxy.close();

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThatThrownBy(
            () -> {
              if (socket.getInputStream().read() < 0) {
                throw new IOException("end of stream");
              }
            })
        .isInstanceOf(IOException.class)
        .isNotInstanceOf(SocketTimeoutException.class);
    assertThatThrownBy(() -> connect(proxy)).isInstanceOf(ConnectException.class);
  }
}
