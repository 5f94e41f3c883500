package io.sibyl.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The Simulacron process that the tests of this JVM share: the standalone jar run in its own JVM
 * (its Netty 4.1 and Jackson stay off the test class path), simulating nodes on {@code 127.0.10.x}
 * and answering its REST API on a free loopback port. It is started on first use, stopped when the
 * test run ends, and killed by a shutdown hook if the JVM exits first.
 *
 * <p>The jar is the one {@code maven-dependency-plugin} copies to {@code
 * target/simulacron/simulacron-standalone.jar}; the {@code simulacron.jar} system property names
 * another one.
 */
public final class SimulacronServer implements AutoCloseable {
  /** The first address of the simulated nodes; the block 127.0.10.x is reserved for them. */
  public static final String FIRST_NODE_ADDRESS = "127.0.10.1";

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SimulacronServer.class);
  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(15);

  private final Process process;
  private final Path logFile;
  private final URI baseUri;
  private final HttpClient http;
  private final Thread killer;

  private SimulacronServer(Process process, Path logFile, int httpPort) {
    this.process = process;
    this.logFile = logFile;
    this.baseUri = URI.create("http://127.0.0.1:" + httpPort);
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    this.killer = new Thread(this::kill, "simulacron-killer");
    Runtime.getRuntime().addShutdownHook(killer);
  }

  /** The JVM's shared server, started on first use and stopped when the test run ends. */
  public static SimulacronServer get(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(Holder.class, key -> new Holder(start()), Holder.class)
        .server;
  }

  /** Starts the process and waits until its REST API answers. */
  static SimulacronServer start() {
    Path jar = locateJar();
    Path logFile = jar.resolveSibling("simulacron.log");
    int httpPort = freeLoopbackPort();
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    List<String> simulacron =
        List.of(
            java.toString(),
            "-Xmx256m",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-jar",
            jar.toString(),
            "--ip",
            FIRST_NODE_ADDRESS,
            "--httpintf",
            "127.0.0.1",
            "--httpport",
            String.valueOf(httpPort),
            "--loglevel",
            "WARN");
    List<String> command = withWatchdog(simulacron);
    Process process;
    try {
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(logFile.toFile())
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start Simulacron: " + command, e);
    }
    SimulacronServer server = new SimulacronServer(process, logFile, httpPort);
    try {
      server.awaitReady();
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
    return server;
  }

  /**
   * Wraps the command in a shell that kills Simulacron when this JVM dies without running its
   * shutdown hooks (e.g. killed by a build timeout), so no stray process keeps the node addresses.
   */
  private static List<String> withWatchdog(List<String> command) {
    if (!Files.isExecutable(Paths.get("/bin/sh"))) {
      return command;
    }
    String script =
        "parent=$1; shift; \"$@\" & child=$!;"
            + " trap 'kill $child 2>/dev/null; wait $child; exit 0' TERM INT;"
            + " while kill -0 $parent 2>/dev/null && kill -0 $child 2>/dev/null; do sleep 1; done;"
            + " kill $child 2>/dev/null; wait $child";
    List<String> wrapped = new ArrayList<>();
    wrapped.addAll(
        List.of(
            "/bin/sh", "-c", script, "simulacron", String.valueOf(ProcessHandle.current().pid())));
    wrapped.addAll(command);
    return wrapped;
  }

  private static Path locateJar() {
    String configured = System.getProperty("simulacron.jar");
    Path jar =
        configured != null
            ? Paths.get(configured)
            : Paths.get("target", "simulacron", "simulacron-standalone.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          "Simulacron's standalone jar is not at "
              + jar.toAbsolutePath()
              + ": run `mvn generate-test-resources -pl it-tests` (the dependency plugin copies it"
              + " there) or set -Dsimulacron.jar=<path to simulacron-standalone.jar>");
    }
    return jar.toAbsolutePath();
  }

  private static int freeLoopbackPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free loopback port for Simulacron's REST API", e);
    }
  }

  private void awaitReady() {
    long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Simulacron exited with code " + process.exitValue() + " while starting; " + logTail());
      }
      try {
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(baseUri.resolve("/cluster"))
                    .timeout(Duration.ofSeconds(2))
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (ConnectException e) {
        // not listening yet
      } catch (IOException e) {
        // not ready yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for Simulacron", e);
      }
      sleep(100);
    }
    throw new IllegalStateException(
        "Simulacron's REST API did not answer within " + STARTUP_TIMEOUT + "; " + logTail());
  }

  /**
   * Sends a request to the REST API and returns the response body.
   *
   * @param method GET, POST, PUT or DELETE
   * @param path the path and query, e.g. {@code /cluster?data_centers=3}
   * @param body the JSON body, or null
   * @throws IllegalStateException when Simulacron answers with an error status
   */
  public String call(String method, String path, String body) {
    HttpRequest request =
        HttpRequest.newBuilder(baseUri.resolve(path))
            .timeout(HTTP_TIMEOUT)
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Simulacron's REST API failed on " + method + " " + path + "; " + logTail(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while calling Simulacron", e);
    }
    if (response.statusCode() >= 300) {
      throw new IllegalStateException(
          "Simulacron answered "
              + response.statusCode()
              + " to "
              + method
              + " "
              + path
              + (body == null ? "" : " " + body)
              + ": "
              + response.body());
    }
    return response.body();
  }

  /** Stops the process (forcibly if it does not exit within a few seconds). */
  @Override
  public void close() {
    kill();
    try {
      Runtime.getRuntime().removeShutdownHook(killer);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down
    }
  }

  private void kill() {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private String logTail() {
    try {
      List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
      return "last lines of "
          + logFile
          + ":\n"
          + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    } catch (IOException e) {
      return "see " + logFile;
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for Simulacron", e);
    }
  }

  private record Holder(SimulacronServer server)
      implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    @Override
    public void close() {
      server.close();
    }
  }
}
