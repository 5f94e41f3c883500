package io.sibyl.embedded;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One node of an {@link EmbeddedCassandra} cluster: a forked JVM running {@code CassandraDaemon}
 * with its own directory, which can be stopped, killed and started again with its data (for fault
 * tests).
 *
 * <p>The node's standard output (its warnings and errors) is copied to {@code logs/stdout.log} and
 * to this class's slf4j logger; everything from INFO up is in {@link #logFile()}.
 */
public final class EmbeddedNode {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedNode.class);
  private static final Duration GRACEFUL_STOP_TIMEOUT = Duration.ofSeconds(60);
  private static final List<String> INHERITED_JVM_OPTIONS =
      List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

  private final EmbeddedCassandra cluster;
  private final NodeLayout layout;
  private final List<String> command;
  private final NodeLog log;

  private volatile Process process;
  private volatile Thread outputRelay;

  /** Size of this node's log when it was last launched. */
  private volatile long launchMark;

  /** Size of each other node's log when this node was last launched. */
  private volatile Map<EmbeddedNode, Long> peerMarks = Map.of();

  EmbeddedNode(EmbeddedCassandra cluster, NodeLayout layout, List<String> command) {
    this.cluster = cluster;
    this.layout = layout;
    this.command = List.copyOf(command);
    this.log = new NodeLog(layout.logFile());
  }

  /** The node's number, 1 to 3 (the last byte of its address). */
  public int number() {
    return layout.number();
  }

  /** The node's CQL address (native protocol port), e.g. {@code 127.0.42.1:9042}. */
  public InetSocketAddress address() {
    return layout.nativeAddress();
  }

  /** The node's directory: {@code conf/}, {@code data/}, {@code commitlog/}, {@code logs/}... */
  public Path directory() {
    return layout.directory();
  }

  /** The node's {@code system.log} (INFO and above, kept across restarts). */
  public Path logFile() {
    return layout.logFile();
  }

  /** Whether the node's process is alive (it may not accept CQL yet, or any more). */
  public boolean isRunning() {
    Process current = process;
    return current != null && current.isAlive();
  }

  /**
   * Starts the node with the data it has, if it is not running, and waits until it accepts CQL (and
   * logins, with authentication) and gossip shows it and every other running node UP to each other.
   *
   * @throws EmbeddedCassandraException if it does not get there within the start timeout (the node
   *     is then killed)
   * @throws IllegalStateException if the cluster was closed
   */
  public synchronized void start() {
    cluster.checkOpen();
    if (isRunning()) {
      return;
    }
    launch();
    try {
      cluster.awaitReady(List.of(this));
    } catch (RuntimeException e) {
      kill();
      throw e;
    }
  }

  /**
   * Stops the node gracefully: SIGTERM, which makes Cassandra announce its shutdown and flush its
   * memtables, then waits for the process to exit (and kills it after a minute).
   */
  public synchronized void stop() {
    Process current = process;
    if (current == null || !current.isAlive()) {
      return;
    }
    long started = System.nanoTime();
    current.destroy();
    if (!waitFor(current, GRACEFUL_STOP_TIMEOUT)) {
      LOG.warn("{} did not stop within {}; killing it", layout.name(), GRACEFUL_STOP_TIMEOUT);
      kill();
      return;
    }
    LOG.info(
        "Stopped Cassandra {} in {} ms",
        layout.name(),
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
  }

  /**
   * Kills the node at once (SIGKILL), as a crash would, and waits for the process to exit. Takes no
   * lock, so it also ends a {@link #start()} that is waiting in another thread.
   */
  public void kill() {
    Process current = process;
    if (current == null) {
      return;
    }
    current.destroyForcibly();
    waitFor(current, GRACEFUL_STOP_TIMEOUT);
    if (current.isAlive()) {
      LOG.warn("{} (pid {}) is still alive after SIGKILL", layout.name(), current.pid());
    }
  }

  /** Starts the node's process without waiting for it to serve. */
  synchronized void launch() {
    Map<EmbeddedNode, Long> marks = new HashMap<>();
    for (EmbeddedNode peer : cluster.nodes()) {
      if (peer != this) {
        marks.put(peer, peer.log.mark());
      }
    }
    peerMarks = Map.copyOf(marks);
    launchMark = log.mark();
    Path stdout = layout.logDirectory().resolve("stdout.log");
    try {
      Files.createDirectories(layout.logDirectory());
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(layout.directory().toFile())
              .redirectErrorStream(true);
      // Options meant for the test JVM must not leak into the node's JVM.
      builder.environment().keySet().removeAll(INHERITED_JVM_OPTIONS);
      process = builder.start();
    } catch (IOException e) {
      throw new EmbeddedCassandraException(
          "Cannot start the JVM of Cassandra " + layout.name() + ": " + command.get(0), e);
    }
    closeQuietly(process);
    cluster.recordLaunch(this, process);
    startOutputRelay(process, stdout);
    LOG.info("Launched Cassandra {} (pid {}) at {}", layout.name(), process.pid(), address());
  }

  NodeLayout layout() {
    return layout;
  }

  NodeLog log() {
    return log;
  }

  long launchMark() {
    return launchMark;
  }

  /** The size of {@code peer}'s log when this node was last launched. */
  long peerMark(EmbeddedNode peer) {
    return peerMarks.getOrDefault(peer, 0L);
  }

  /** The process, or {@code null} before the first launch. */
  Process process() {
    return process;
  }

  /** What went wrong, with where to look and the tail of the node's logs. */
  EmbeddedCassandraException failure(String what) {
    awaitOutputRelay();
    Path stdout = layout.logDirectory().resolve("stdout.log");
    return new EmbeddedCassandraException(
        "Cassandra "
            + layout.name()
            + " at "
            + address()
            + " "
            + what
            + ". Its log is "
            + logFile()
            + "; last lines:\n"
            + log.tail(25)
            + "\n--- "
            + stdout
            + ":\n"
            + new NodeLog(stdout).tail(15));
  }

  @Override
  public String toString() {
    return layout.name() + "@" + address();
  }

  private void startOutputRelay(Process started, Path stdout) {
    Thread relay =
        new Thread(
            () -> relayOutput(started, stdout), "sibyl-cassandra-" + layout.name() + "-output");
    relay.setDaemon(true);
    relay.start();
    outputRelay = relay;
  }

  /** Lets the relay copy the last output of a process that exited, before its tail is read. */
  private void awaitOutputRelay() {
    Process current = process;
    Thread relay = outputRelay;
    if (current != null && !current.isAlive() && relay != null) {
      try {
        relay.join(2_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void relayOutput(Process started, Path stdout) {
    try (BufferedReader lines =
            new BufferedReader(
                new InputStreamReader(started.getInputStream(), StandardCharsets.UTF_8));
        BufferedWriter copy =
            Files.newBufferedWriter(
                stdout,
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
      String line;
      while ((line = lines.readLine()) != null) {
        copy.write(line);
        copy.newLine();
        copy.flush();
        if (!isSecurityManagerNotice(line)) {
          LOG.warn("[{}] {}", layout.name(), line);
        }
      }
    } catch (IOException e) {
      // The process ended or its directory was deleted: nothing more to relay.
    }
  }

  /** Java 17's four-line notice that Cassandra installs a security manager: expected, not news. */
  static boolean isSecurityManagerNotice(String line) {
    return line.startsWith("WARNING: ")
        && (line.contains("java.lang.System") || line.contains("SecurityManager"));
  }

  private static void closeQuietly(Process started) {
    try {
      started.getOutputStream().close();
    } catch (IOException e) {
      // The node never reads its standard input.
    }
  }

  private static boolean waitFor(Process process, Duration timeout) {
    try {
      return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !process.isAlive();
    }
  }
}
