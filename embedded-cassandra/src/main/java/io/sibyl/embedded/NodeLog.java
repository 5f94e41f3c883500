package io.sibyl.embedded;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a node's {@code system.log}, which grows across restarts: callers remember its size at a
 * moment (a mark) and look only at what was written after it.
 */
final class NodeLog {

  private final Path file;

  NodeLog(Path file) {
    this.file = file;
  }

  Path file() {
    return file;
  }

  /** The current size, to pass as a later {@code mark}; 0 while the file does not exist. */
  long mark() {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  /** Whether the text written after {@code mark} contains {@code text}. */
  boolean containsSince(long mark, String text) {
    return readSince(mark).contains(text);
  }

  /** Whether the node logged, after {@code mark}, that gossip marked {@code peer} UP. */
  boolean sawUpSince(long mark, NodeLayout peer) {
    return containsSince(mark, "InetAddress " + peer.gossipName() + " is now UP");
  }

  /** The last {@code count} lines, for error messages; empty if the file cannot be read. */
  String tail(int count) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  private String readSince(long mark) {
    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
      long length = in.length();
      if (length <= mark) {
        return "";
      }
      byte[] bytes = new byte[(int) Math.min(Integer.MAX_VALUE - 8, length - mark)];
      in.seek(mark);
      in.readFully(bytes);
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}
