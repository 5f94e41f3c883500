package io.sibyl.mapper.metamodel;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A slice of the Murmur3 token ring: the tokens above {@code start} up to and including {@code
 * end}. {@link #ring()} is the whole ring, and {@link #split(int)} cuts a range into parts that do
 * not overlap and together cover it, so a table is scanned in slices, possibly in parallel:
 *
 * <pre>{@code
 * for (TokenRange range : TokenRange.ring().split(4)) {
 *   readings.select().inTokenRange(range).stream().forEach(this::process);
 * }
 * }</pre>
 *
 * @param start the exclusive lower bound
 * @param end the inclusive upper bound, above {@code start}
 */
public record TokenRange(long start, long end) {

  private static final TokenRange RING = new TokenRange(Long.MIN_VALUE, Long.MAX_VALUE);

  /**
   * Checks the bounds.
   *
   * @throws IllegalArgumentException if {@code end} is not above {@code start}
   */
  public TokenRange {
    if (end <= start) {
      throw new IllegalArgumentException(
          "A token range ends above its start, got (" + start + ", " + end + "]");
    }
  }

  /**
   * The whole ring: every token a partition can have ({@link Long#MIN_VALUE} is the ring's minimum,
   * which no partition has).
   */
  public static TokenRange ring() {
    return RING;
  }

  /** Whether a token is in this range. */
  public boolean contains(long token) {
    return token > start && token <= end;
  }

  /**
   * This range cut into {@code parts} consecutive ranges of (nearly) equal width, in token order.
   *
   * @throws IllegalArgumentException if {@code parts} is not positive or exceeds the range's width
   */
  public List<TokenRange> split(int parts) {
    BigInteger low = BigInteger.valueOf(start);
    BigInteger width = BigInteger.valueOf(end).subtract(low);
    if (parts <= 0 || width.compareTo(BigInteger.valueOf(parts)) < 0) {
      throw new IllegalArgumentException(
          "Cannot split " + this + " into " + parts + " parts: give 1 to " + width + " parts");
    }
    List<TokenRange> ranges = new ArrayList<>(parts);
    long from = start;
    for (int i = 1; i <= parts; i++) {
      long to =
          i == parts
              ? end
              : low.add(width.multiply(BigInteger.valueOf(i)).divide(BigInteger.valueOf(parts)))
                  .longValueExact();
      ranges.add(new TokenRange(from, to));
      from = to;
    }
    return List.copyOf(ranges);
  }

  @Override
  public String toString() {
    return "(" + start + ", " + end + "]";
  }
}
