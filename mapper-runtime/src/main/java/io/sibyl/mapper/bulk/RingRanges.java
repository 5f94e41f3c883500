package io.sibyl.mapper.bulk;

import io.sibyl.mapper.metamodel.TokenRange;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Cuts the Murmur3 ring into scan ranges along the nodes' tokens: each range a node owns (the one
 * that wraps around from the last token to the first becomes two, above the last token and up to
 * the first) is split into parts in proportion to its width, so the parts together cover every
 * token exactly once and none crosses a node boundary.
 */
final class RingRanges {
  private static final BigInteger RING_WIDTH = BigInteger.ONE.shiftLeft(64);

  private RingRanges() {}

  /**
   * The ranges, in token order.
   *
   * @param ringTokens the nodes' tokens (any order; empty: the ring is unknown, cut it evenly)
   * @param parts about how many ranges to make (at least one per owned range)
   */
  static List<TokenRange> split(List<Long> ringTokens, int parts) {
    if (parts < 1) {
      throw new IllegalArgumentException("A scan needs at least 1 range, got " + parts);
    }
    List<TokenRange> owned = owned(ringTokens);
    List<TokenRange> result = new ArrayList<>();
    for (TokenRange range : owned) {
      BigInteger width =
          BigInteger.valueOf(range.end()).subtract(BigInteger.valueOf(range.start()));
      long share =
          width
              .multiply(BigInteger.valueOf(parts))
              .add(RING_WIDTH.shiftRight(1))
              .divide(RING_WIDTH)
              .longValue(); // rounded to the nearest
      long count = Math.max(1, Math.min(share, width.min(BigInteger.valueOf(parts)).longValue()));
      result.addAll(range.split((int) count));
    }
    return List.copyOf(result);
  }

  /** The ranges between consecutive tokens, the wraparound one cut at the ring's ends. */
  static List<TokenRange> owned(List<Long> ringTokens) {
    SortedSet<Long> tokens = new TreeSet<>(ringTokens);
    tokens.remove(Long.MIN_VALUE); // the ring's minimum: no partition has it
    List<TokenRange> ranges = new ArrayList<>();
    long previous = Long.MIN_VALUE;
    for (long token : tokens) {
      ranges.add(new TokenRange(previous, token));
      previous = token;
    }
    if (previous != Long.MAX_VALUE) {
      ranges.add(new TokenRange(previous, Long.MAX_VALUE));
    }
    return ranges;
  }
}
