package io.sibyl.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerEngineProbeTest {

  private static final Duration TIMEOUT = Duration.ofMillis(300);

  @TempDir Path directory;

  @Test
  void should_answer_no_at_once_when_there_is_no_socket() {
    long started = System.nanoTime();

    assertThat(DockerEngineProbe.answersPing(directory.resolve("docker.sock"), TIMEOUT)).isFalse();
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(100));
  }

  @Test
  void should_see_an_engine_that_answers_the_ping() throws Exception {
    Path socket = directory.resolve("docker.sock");
    try (ServerSocketChannel engine = listen(socket)) {
      Thread server = serveOnce(engine, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nOK");

      assertThat(DockerEngineProbe.answersPing(socket, Duration.ofSeconds(5))).isTrue();
      server.join(5_000);
    }
  }

  @Test
  void should_give_up_on_an_engine_that_does_not_answer_in_time() throws Exception {
    Path socket = directory.resolve("docker.sock");
    try (ServerSocketChannel silent = listen(socket)) {
      assertThat(silent.isOpen()).isTrue();
      long started = System.nanoTime();

      assertThat(DockerEngineProbe.answersPing(socket, TIMEOUT)).isFalse();
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }
  }

  @Test
  void should_read_a_unix_docker_host_and_default_otherwise() {
    assertThat(DockerEngineProbe.socket("unix:///run/user/1000/docker.sock"))
        .isEqualTo(Path.of("/run/user/1000/docker.sock"));
    assertThat(DockerEngineProbe.socket("tcp://10.0.0.1:2375"))
        .isEqualTo(DockerEngineProbe.DEFAULT_SOCKET);
    assertThat(DockerEngineProbe.socket(null)).isEqualTo(Path.of("/var/run/docker.sock"));
    assertThat(DockerEngineProbe.isOk("HTTP/1.1 500 Internal Server Error")).isFalse();
  }

  private static ServerSocketChannel listen(Path socket) throws IOException {
    ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    channel.bind(UnixDomainSocketAddress.of(socket));
    return channel;
  }

  private static Thread serveOnce(ServerSocketChannel engine, String response) {
    Thread thread =
        new Thread(
            () -> {
              try (SocketChannel client = engine.accept()) {
                ByteBuffer request = ByteBuffer.allocate(1024);
                while (!new String(
                        request.array(), 0, request.position(), StandardCharsets.US_ASCII)
                    .contains("\r\n\r\n")) {
                  if (client.read(request) < 0) {
                    return;
                  }
                }
                client.write(ByteBuffer.wrap(response.getBytes(StandardCharsets.US_ASCII)));
              } catch (IOException e) {
                // The probe gave up.
              }
            });
    thread.setDaemon(true);
    thread.start();
    return thread;
  }
}
