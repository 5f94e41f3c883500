package io.sibyl.mapper.bulk;

import io.sibyl.mapper.metamodel.TokenRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Where a scan stands: the token ranges it was cut into and those it finished reading. Pass it back
 * ({@link ScanOptions#resumeFrom}) to read only the unfinished ranges; {@link #serialize()} and
 * {@link #parse(String)} store it between runs. A range is finished only when all its rows were
 * delivered, so after an interruption the range that was being read is read again from its start.
 */
public final class ScanCheckpoint {
  private static final String PREFIX = "sibyl-scan-1;";

  private final String table;
  private final List<TokenRange> ranges;
  private final Set<TokenRange> completed;

  ScanCheckpoint(String table, List<TokenRange> ranges, Set<TokenRange> completed) {
    this.table = table;
    this.ranges = List.copyOf(ranges);
    this.completed = Collections.unmodifiableSet(new LinkedHashSet<>(completed));
  }

  /** The table scanned, as its statements name it. */
  public String table() {
    return table;
  }

  /** Every range of the scan, in token order. */
  public List<TokenRange> ranges() {
    return ranges;
  }

  /** The ranges read to the end. */
  public Set<TokenRange> completed() {
    return completed;
  }

  /** The ranges still to read, in token order. */
  public List<TokenRange> remaining() {
    List<TokenRange> left = new ArrayList<>();
    for (TokenRange range : ranges) {
      if (!completed.contains(range)) {
        left.add(range);
      }
    }
    return left;
  }

  /** Whether every range was read. */
  public boolean isComplete() {
    return completed.size() == ranges.size();
  }

  /** A string that {@link #parse} turns back into this checkpoint (no row data, only tokens). */
  public String serialize() {
    StringBuilder text = new StringBuilder(PREFIX).append(table);
    for (TokenRange range : ranges) {
      text.append(';')
          .append(range.start())
          .append(',')
          .append(range.end())
          .append(',')
          .append(completed.contains(range) ? 'd' : 'p');
    }
    return text.toString();
  }

  /**
   * The checkpoint {@link #serialize()} wrote.
   *
   * @throws IllegalArgumentException if the text is not one
   */
  public static ScanCheckpoint parse(String text) {
    Objects.requireNonNull(text, "text");
    if (!text.startsWith(PREFIX)) {
      throw new IllegalArgumentException(
          "Not a scan checkpoint (it should start with "
              + PREFIX
              + "); pass what serialize() gave");
    }
    String[] parts = text.substring(PREFIX.length()).split(";");
    List<TokenRange> ranges = new ArrayList<>();
    Set<TokenRange> completed = new LinkedHashSet<>();
    try {
      for (int i = 1; i < parts.length; i++) {
        String[] fields = parts[i].split(",");
        if (fields.length != 3 || !(fields[2].equals("d") || fields[2].equals("p"))) {
          throw new IllegalArgumentException("bad range " + parts[i]);
        }
        TokenRange range = new TokenRange(Long.parseLong(fields[0]), Long.parseLong(fields[1]));
        ranges.add(range);
        if (fields[2].equals("d")) {
          completed.add(range);
        }
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "A scan checkpoint is damaged (" + e.getMessage() + "); pass what serialize() gave", e);
    }
    if (ranges.isEmpty()) {
      throw new IllegalArgumentException("A scan checkpoint lists no ranges");
    }
    return new ScanCheckpoint(parts[0], ranges, completed);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ScanCheckpoint that
        && table.equals(that.table)
        && ranges.equals(that.ranges)
        && completed.equals(that.completed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(table, ranges, completed);
  }

  @Override
  public String toString() {
    return "ScanCheckpoint[" + table + ", " + completed.size() + "/" + ranges.size() + " ranges]";
  }
}
