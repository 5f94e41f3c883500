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

  /** One recorded process: its pid, its start time if the platform tells, and what it is. */
  record Entry(long pid, Optional<Instant> started, String path) {

    /** Whether this very process (same pid and, when known, same start time) is alive. */
    boolean isAlive() {
      Optional<ProcessHandle> handle = ProcessHandle.of(pid);
      if (handle.isEmpty() || !handle.get().isAlive()) {
        return false;
      }
      Optional<Instant> actual = handle.get().info().startInstant();
      return started.isEmpty() || actual.isEmpty() || started.equals(actual);
    }

    static Entry of(ProcessHandle process, Path path) {
      return new Entry(process.pid(), process.info().startInstant(), path.toString());
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
      // name=pid started-epoch-millis-or-dash path
      int equals = line.indexOf('=');
      String[] fields = equals < 0 ? new String[0] : line.substring(equals + 1).split(" ", 3);
      if (fields.length != 3) {
        continue;
      }
      try {
        Optional<Instant> started =
            "-".equals(fields[1])
                ? Optional.empty()
                : Optional.of(Instant.ofEpochMilli(Long.parseLong(fields[1])));
        pids.entries.put(
            line.substring(0, equals), new Entry(Long.parseLong(fields[0]), started, fields[2]));
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
            lines.add(
                name
                    + '='
                    + entry.pid()
                    + ' '
                    + entry.started().map(i -> Long.toString(i.toEpochMilli())).orElse("-")
                    + ' '
                    + entry.path()));
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
