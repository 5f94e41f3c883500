package io.sibyl.embedded;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Asks a Docker engine, over its unix socket, whether it is alive: {@code GET /_ping}, answered
 * {@code 200 OK} by a running engine. Gives up after a short timeout, so machines without Docker
 * (or with a dead socket file) fall back to the embedded backend at once.
 */
final class DockerEngineProbe {

  static final Path DEFAULT_SOCKET = Path.of("/var/run/docker.sock");
  static final Duration DEFAULT_TIMEOUT = Duration.ofMillis(500);

  private static final byte[] PING =
      "GET /_ping HTTP/1.1\r\nHost: docker\r\nConnection: close\r\n\r\n"
          .getBytes(StandardCharsets.US_ASCII);

  private DockerEngineProbe() {}

  /**
   * The engine's socket: {@code DOCKER_HOST} if it names a unix socket ({@code unix:///path}), else
   * {@link #DEFAULT_SOCKET}.
   */
  static Path socket(String dockerHost) {
    if (dockerHost != null && dockerHost.startsWith("unix://")) {
      return Path.of(dockerHost.substring("unix://".length()));
    }
    return DEFAULT_SOCKET;
  }

  /** Whether an engine answers a ping on {@code socket} within {@code timeout}. */
  static boolean answersPing(Path socket, Duration timeout) {
    if (!Files.exists(socket)) {
      return false;
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        Selector selector = Selector.open()) {
      channel.configureBlocking(false);
      if (!channel.connect(UnixDomainSocketAddress.of(socket))) {
        channel.register(selector, SelectionKey.OP_CONNECT);
        if (!awaitReady(selector, deadline) || !channel.finishConnect()) {
          return false;
        }
      }
      ByteBuffer request = ByteBuffer.wrap(PING);
      while (request.hasRemaining()) {
        channel.register(selector, SelectionKey.OP_WRITE);
        if (!awaitReady(selector, deadline)) {
          return false;
        }
        channel.write(request);
      }
      return isOk(readStatusLine(channel, selector, deadline));
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Whether an HTTP status line says 200. */
  static boolean isOk(String statusLine) {
    return statusLine != null && statusLine.startsWith("HTTP/1.") && statusLine.contains(" 200");
  }

  private static String readStatusLine(SocketChannel channel, Selector selector, long deadline)
      throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(256);
    channel.register(selector, SelectionKey.OP_READ);
    while (buffer.hasRemaining()) {
      if (!awaitReady(selector, deadline)) {
        return null;
      }
      if (channel.read(buffer) < 0) {
        break;
      }
      String received = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII);
      int end = received.indexOf("\r\n");
      if (end >= 0) {
        return received.substring(0, end);
      }
    }
    return null;
  }

  private static boolean awaitReady(Selector selector, long deadline) throws IOException {
    long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
    if (remainingMillis <= 0) {
      return false;
    }
    int ready = selector.select(remainingMillis);
    selector.selectedKeys().clear();
    return ready > 0;
  }
}
