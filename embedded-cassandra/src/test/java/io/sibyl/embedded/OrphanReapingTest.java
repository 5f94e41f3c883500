package io.sibyl.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A test JVM killed with SIGKILL leaves its nodes running; the next start in any JVM must find and
 * stop them. Starts a real node from a child JVM (about 30 to 60 s on two cores).
 */
class OrphanReapingTest {

  @Test
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void should_stop_the_nodes_of_a_killed_jvm_when_the_next_cluster_starts() throws Exception {
    Process owner =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m",
                "-cp",
                System.getProperty("java.class.path"),
                OrphanOwnerMain.class.getName(),
                "180")
            .redirectErrorStream(true)
            .start();
    long orphanPid = -1;
    try {
      String[] ready = awaitReadyLine(owner);
      int block = Integer.parseInt(ready[1]);
      orphanPid = Long.parseLong(ready[2]);
      assertThat(ProcessHandle.of(orphanPid)).isPresent();

      owner.destroyForcibly(); // SIGKILL: no shutdown hook runs
      assertThat(owner.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).contains(true);

      try (EmbeddedCassandra next = EmbeddedCassandra.builder().start()) {
        Optional<ProcessHandle> orphan = ProcessHandle.of(orphanPid);
        assertThat(orphan.map(ProcessHandle::isAlive))
            .as("orphan node alive")
            .isIn(Optional.empty(), Optional.of(false));
        assertThat(LoopbackBlock.portsFree(block, 1, List.of(9042, 7000)))
            .as("ports of block %s free again", block)
            .isTrue();
        try (LoopbackBlock reused = LoopbackBlock.tryReserve(block, tmpdir())) {
          assertThat(reused).as("block %s lockable again", block).isNotNull();
        }
        assertThat(LoopbackBlock.pidFile(tmpdir(), block)).doesNotExist();
      }
    } finally {
      owner.destroyForcibly();
      if (orphanPid > 0) {
        ProcessHandle.of(orphanPid).ifPresent(ProcessHandle::destroyForcibly);
      }
    }
  }

  /** The pid files in the temporary directory and their lines, to explain a failure. */
  private static String pidFiles() {
    StringBuilder text = new StringBuilder();
    try (var files = Files.newDirectoryStream(tmpdir(), "sibyl-embedded-*.pids")) {
      for (Path file : files) {
        text.append('\n').append(file).append(": ").append(Files.readAllLines(file));
      }
    } catch (IOException e) {
      text.append(e);
    }
    return text.toString();
  }

  private static Path tmpdir() {
    return Path.of(System.getProperty("java.io.tmpdir"));
  }

  /** The child's {@code READY <block> <pid>} line, within two minutes. */
  private static String[] awaitReadyLine(Process owner) throws Exception {
    CompletableFuture<String> ready = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              // Reads to the end, so that the child never blocks on a full pipe.
              try {
                BufferedReader lines =
                    new BufferedReader(
                        new InputStreamReader(owner.getInputStream(), StandardCharsets.UTF_8));
                String line;
                while ((line = lines.readLine()) != null) {
                  if (line.startsWith("READY ")) {
                    ready.complete(line);
                  }
                }
              } catch (IOException e) {
                // The child is gone.
              }
              ready.completeExceptionally(
                  new IllegalStateException("The child JVM exited before it was ready"));
            },
            "orphan-owner-output");
    reader.setDaemon(true);
    reader.start();
    return ready.get(2, TimeUnit.MINUTES).split(" ");
  }
}
