package io.sibyl.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops the nodes of JVMs that died without closing their clusters (SIGKILL, a crash), which would
 * otherwise keep running, holding memory and their block's ports.
 *
 * <p>A block's nodes are orphans when its {@link BlockPidFile} exists, its lock can be taken (so no
 * live JVM holds it) and its recorded owner JVM is gone. Each recorded node process that is still
 * alive, with the same start time and its node directory on its command line, is killed; then the
 * cluster directory and the pid file are deleted.
 */
final class OrphanNodes {

  private static final Logger LOG = LoggerFactory.getLogger(OrphanNodes.class);
  private static final Pattern PID_FILE = Pattern.compile("sibyl-embedded-127\\.0\\.(\\d+)\\.pids");
  private static final long EXIT_WAIT_SECONDS = 20;

  private OrphanNodes() {}

  /**
   * Reaps every block in {@code lockDirectory} whose owner is gone.
   *
   * @return the pids of the node processes killed
   */
  static List<Long> reap(Path lockDirectory) {
    List<Long> killed = new ArrayList<>();
    List<Integer> blocks = new ArrayList<>();
    try (DirectoryStream<Path> files =
        Files.newDirectoryStream(lockDirectory, "sibyl-embedded-127.0.*.pids")) {
      for (Path file : files) {
        Matcher name = PID_FILE.matcher(file.getFileName().toString());
        if (name.matches()) {
          blocks.add(Integer.parseInt(name.group(1)));
        }
      }
    } catch (IOException e) {
      LOG.debug("Cannot list {} for orphan nodes", lockDirectory, e);
      return killed;
    }
    for (int block : blocks) {
      try (LoopbackBlock held = LoopbackBlock.tryReserve(block, lockDirectory)) {
        if (held != null) {
          killed.addAll(reapBlock(block, LoopbackBlock.pidFile(lockDirectory, block)));
        }
      }
    }
    return killed;
  }

  /** Reaps one block whose lock this JVM holds. */
  private static List<Long> reapBlock(int block, Path file) {
    List<Long> killed = new ArrayList<>();
    Optional<BlockPidFile> read = BlockPidFile.read(file);
    if (read.isEmpty()) {
      return killed;
    }
    BlockPidFile pids = read.get();
    BlockPidFile.Entry owner = pids.owner();
    if (owner.pid() != ProcessHandle.current().pid() && owner.isAlive()) {
      // The lock is free but its owner lives: not ours to judge; leave everything alone.
      LOG.info(
          "Leaving the nodes of 127.0.{}.x alone: its lock is free but its owner JVM {} lives",
          block,
          owner.pid());
      return killed;
    }
    for (Map.Entry<String, BlockPidFile.Entry> node : pids.nodes().entrySet()) {
      BlockPidFile.Entry entry = node.getValue();
      Optional<ProcessHandle> process = ProcessHandle.of(entry.pid());
      if (process.isEmpty() || !entry.isAlive()) {
        LOG.debug("Orphan {} (pid {}) of 127.0.{}.x is gone", node.getKey(), entry.pid(), block);
        continue;
      }
      if (!runsIn(process.get(), entry.path())) {
        LOG.info(
            "Leaving pid {} alone: recorded as {} of 127.0.{}.x, but it no longer runs {}",
            entry.pid(),
            node.getKey(),
            block,
            entry.path());
        continue;
      }
      LOG.warn(
          "Stopping orphan Cassandra {} (pid {}) on 127.0.{}.x, left running by JVM {} that died"
              + " without closing its cluster",
          node.getKey(),
          entry.pid(),
          block,
          owner.pid());
      process.get().destroyForcibly();
      awaitExit(process.get());
      killed.add(entry.pid());
    }
    deleteClusterDirectory(Path.of(owner.path()));
    pids.delete();
    return killed;
  }

  /** Whether {@code process} is the node whose directory is {@code nodeDirectory}. */
  private static boolean runsIn(ProcessHandle process, String nodeDirectory) {
    return commandLine(process)
        .map(line -> line.contains(NodeCommand.MAIN_CLASS) && line.contains(nodeDirectory))
        .orElse(false);
  }

  /**
   * The whole command line: from {@code /proc} where there is one, since {@link
   * ProcessHandle.Info#commandLine()} stops at 4 KiB on Linux, before a node's main class.
   */
  private static Optional<String> commandLine(ProcessHandle process) {
    Path proc = Path.of("/proc", Long.toString(process.pid()), "cmdline");
    try {
      if (Files.isReadable(proc)) {
        return Optional.of(
            new String(Files.readAllBytes(proc), StandardCharsets.UTF_8).replace('\0', ' '));
      }
    } catch (IOException e) {
      // Gone, or not ours: fall back to what the JDK tells.
    }
    return process.info().commandLine();
  }

  private static void awaitExit(ProcessHandle process) {
    try {
      process.onExit().get(EXIT_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      LOG.warn("Orphan Cassandra node (pid {}) did not exit after SIGKILL", process.pid());
    }
  }

  /** Deletes the dead cluster's directory if it still looks like one this module made. */
  private static void deleteClusterDirectory(Path directory) {
    Path yaml = directory.resolve("node1").resolve("conf").resolve("cassandra.yaml");
    try {
      if (Files.isRegularFile(yaml) && Files.readString(yaml).startsWith(CassandraYaml.HEADER)) {
        FileTrees.delete(directory);
      }
    } catch (IOException | RuntimeException e) {
      LOG.debug("Cannot delete the orphan cluster directory {}", directory, e);
    }
  }
}
