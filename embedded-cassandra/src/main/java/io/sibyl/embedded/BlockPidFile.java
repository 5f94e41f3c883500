package io.sibyl.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The processes of one loopback block, written beside its lock file ({@code
 * sibyl-embedded-127.0.N.pids}) so that a later run can stop the nodes of a JVM that died without
 * closing its cluster (SIGKILL, a crash): the owner JVM, the cluster directory, and each node's pid
 * and directory.
 *
 * <p>Each process is recorded with its start time, so that a pid reused by an unrelated process is
 * never taken for the one recorded. The file is rewritten whole (to a temporary file, then moved)
 * each time a node is launched.
 */
final class BlockPidFile {

  /**
   * One recorded process: its pid, its start time as {@link #startTime} tells it, and what it is.
   */
  record Entry(long pid, String started, String path) {

    /** Whether this very process (same pid and, when known, same start time) is alive. */
    boolean isAlive() {
      Optional<ProcessHandle> handle = ProcessHandle.of(pid);
      if (handle.isEmpty() || !handle.get().isAlive()) {
        return false;
      }
      String actual = startTime(handle.get());
      return UNKNOWN.equals(started)
          || UNKNOWN.equals(actual)
          || started.charAt(0) != actual.charAt(0)
          || started.equals(actual);
    }

    static Entry of(ProcessHandle process, Path path) {
      return new Entry(process.pid(), startTime(process), path.toString());
    }
  }

  private static final String UNKNOWN = "-";

  /**
   * When {@code process} started, as a token without spaces: on Linux {@code t} and the clock ticks
   * since boot from {@code /proc/<pid>/stat}, which never change; elsewhere {@code m} and the epoch
   * millis of {@link ProcessHandle.Info#startInstant()}, which on Linux shift whenever the wall
   * clock is set (the JDK adds the boot time as the clock tells it now); {@value #UNKNOWN} if
   * neither is known.
   */
  static String startTime(ProcessHandle process) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
      // After "pid (command) " come the fields from the 3rd on; starttime is the 22nd.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return "t" + Long.parseLong(fields[19]);
    } catch (IOException | RuntimeException e) {
      Optional<Instant> started = process.info().startInstant();
      return started.map(instant -> "m" + instant.toEpochMilli()).orElse(UNKNOWN);
    }
  }

  private static final String OWNER = "owner";

  private final Path file;
  private final Map<String, Entry> entries = new LinkedHashMap<>();

  private BlockPidFile(Path file) {
    this.file = file;
  }

  /** A new record for a block that this JVM owns, with {@code clusterDirectory} as its data. */
  static BlockPidFile create(Path file, Path clusterDirectory) {
    BlockPidFile pids = new BlockPidFile(file);
    pids.entries.put(OWNER, Entry.of(ProcessHandle.current(), clusterDirectory));
    pids.write();
    return pids;
  }

  /** The record in {@code file}, or empty if there is none (or it cannot be read). */
  static Optional<BlockPidFile> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
    BlockPidFile pids = new BlockPidFile(file);
    for (String line : lines) {
      // name=pid start-time path
      int equals = line.indexOf('=');
      String[] fields = equals < 0 ? new String[0] : line.substring(equals + 1).split(" ", 3);
      if (fields.length != 3) {
        continue;
      }
      try {
        pids.entries.put(
            line.substring(0, equals), new Entry(Long.parseLong(fields[0]), fields[1], fields[2]));
      } catch (NumberFormatException e) {
        // A line this version does not understand: skip it.
      }
    }
    return pids.entries.containsKey(OWNER) ? Optional.of(pids) : Optional.empty();
  }

  /** Records (or replaces) the process of node {@code name}, running in {@code nodeDirectory}. */
  synchronized void recordNode(String name, ProcessHandle process, Path nodeDirectory) {
    entries.put(name, Entry.of(process, nodeDirectory));
    write();
  }

  /** The JVM that owned the block, and the cluster directory as its path. */
  synchronized Entry owner() {
    return entries.get(OWNER);
  }

  /** The recorded nodes, by name ({@code node1}...), with their directories as paths. */
  synchronized Map<String, Entry> nodes() {
    Map<String, Entry> nodes = new LinkedHashMap<>(entries);
    nodes.remove(OWNER);
    return nodes;
  }

  /** Deletes the file; a missing file is fine. */
  void delete() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // A stale record is harmless: its owner is alive-checked before anything is stopped.
    }
  }

  private void write() {
    List<String> lines = new ArrayList<>();
    entries.forEach(
        (name, entry) ->
            lines.add(name + '=' + entry.pid() + ' ' + entry.started() + ' ' + entry.path()));
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      Files.write(temporary, lines, StandardCharsets.UTF_8);
      Files.move(
          temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new EmbeddedCassandraException(
          "Cannot write "
              + file
              + ", which lets a later run stop these nodes if this JVM dies; check that the"
              + " directory is writable",
          e);
    }
  }
}
