package io.sibyl.testsupport.proxy;

import java.time.Duration;
import java.util.Objects;

/**
 * What a {@link FaultProxy} does to the bytes of one direction of a connection. A rule is
 * immutable: the factories make the action, and {@link #onFrames}, {@link #afterBytes} and {@link
 * #times} return narrowed copies. Install one with {@link FaultProxy#rule(Direction, FaultRule)}
 * (every connection, present and future) or {@link ProxiedConnection#rule(Direction, FaultRule)}
 * (one connection); it takes effect at the next chunk the proxy handles.
 *
 * <p>The proxy handles bytes in chunks: one native-protocol envelope before the v5 handshake and in
 * v4, one v5 segment after it (which may hold several envelopes, or part of a large one), or one
 * socket read when the bytes are not the native protocol. Chunks of a direction leave in the order
 * they came, whatever the rule. A rule {@linkplain #onFrames narrowed to some frames} acts on the
 * chunks holding a matching envelope and lets the others pass (behind any chunk it holds back).
 *
 * <p>Counts ({@link #afterBytes}, {@link #times}) and random generators are kept per connection and
 * direction, from the moment the rule took effect there.
 */
public final class FaultRule {
  /** The actions. */
  public enum Action {
    /** Forward unchanged. */
    PASS,
    /** Forward after a fixed delay plus a random jitter; order is preserved. */
    DELAY,
    /** Stop reading and forwarding (half-open): the sockets stay open, bytes wait. */
    PAUSE,
    /** Drop the bytes and keep the sockets open. */
    BLACKHOLE,
    /** Reset both sockets (RST, SO_LINGER 0). */
    RESET,
    /** Close both sockets gracefully (FIN) once what was forwarded is written. */
    CLOSE,
    /** Forward the first bytes of the next chunk, then close both sockets. */
    TRUNCATE,
    /** Flip random bits of each chunk (seeded), then forward it. */
    FLIP_BITS,
    /** Forward no faster than a number of bytes per second. */
    BANDWIDTH
  }

  private static final FaultRule PASS =
      new FaultRule(Action.PASS, 0, 0, 0, null, 0, Long.MAX_VALUE);

  private final Action action;
  private final long amount;
  private final long jitterNanos;
  private final long seed;
  private final FrameSelector selector;
  private final long afterBytes;
  private final long times;

  private FaultRule(
      Action action,
      long amount,
      long jitterNanos,
      long seed,
      FrameSelector selector,
      long afterBytes,
      long times) {
    this.action = action;
    this.amount = amount;
    this.jitterNanos = jitterNanos;
    this.seed = seed;
    this.selector = selector;
    this.afterBytes = afterBytes;
    this.times = times;
  }

  /** Forward everything unchanged (the default). */
  public static FaultRule pass() {
    return PASS;
  }

  /** Hold each chunk for {@code delay} after it arrived, then forward it. */
  public static FaultRule delay(Duration delay) {
    return delay(delay, Duration.ZERO, 0);
  }

  /**
   * Hold each chunk for {@code delay} plus a random part of {@code jitter} (drawn from a generator
   * seeded with {@code seed}) after it arrived; a chunk never overtakes an earlier one.
   */
  public static FaultRule delay(Duration delay, Duration jitter, long seed) {
    requireNotNegative(delay, "delay");
    requireNotNegative(jitter, "jitter");
    return new FaultRule(
        Action.DELAY, delay.toNanos(), jitter.toNanos(), seed, null, 0, Long.MAX_VALUE);
  }

  /**
   * Stop reading from the source and forwarding (a half-open peer): the sockets stay open, what was
   * read waits and leaves in order once another rule is installed.
   */
  public static FaultRule pause() {
    return new FaultRule(Action.PAUSE, 0, 0, 0, null, 0, Long.MAX_VALUE);
  }

  /** Read and drop the bytes, keeping both sockets open. */
  public static FaultRule blackhole() {
    return new FaultRule(Action.BLACKHOLE, 0, 0, 0, null, 0, Long.MAX_VALUE);
  }

  /**
   * Reset both sockets (SO_LINGER 0, so the peers see "Connection reset") at the next chunk, once
   * what was forwarded before it is written.
   */
  public static FaultRule reset() {
    return new FaultRule(Action.RESET, 0, 0, 0, null, 0, Long.MAX_VALUE);
  }

  /** Forward {@code bytes} more bytes, then reset both sockets: {@code reset().afterBytes(n)}. */
  public static FaultRule resetAfterBytes(long bytes) {
    return reset().afterBytes(bytes);
  }

  /** Close both sockets gracefully at the next chunk, after what was forwarded before it. */
  public static FaultRule close() {
    return new FaultRule(Action.CLOSE, 0, 0, 0, null, 0, Long.MAX_VALUE);
  }

  /** Forward {@code bytes} more bytes, then close both sockets: {@code close().afterBytes(n)}. */
  public static FaultRule closeAfterBytes(long bytes) {
    return close().afterBytes(bytes);
  }

  /**
   * Forward only the first {@code keptBytes} bytes of the next chunk (an envelope or segment cut
   * short), then close both sockets.
   */
  public static FaultRule truncate(int keptBytes) {
    if (keptBytes < 0) {
      throw new IllegalArgumentException("keptBytes must not be negative: " + keptBytes);
    }
    return new FaultRule(Action.TRUNCATE, keptBytes, 0, 0, null, 0, Long.MAX_VALUE);
  }

  /** Flip one random bit in each chunk, positions drawn from a generator seeded with seed. */
  public static FaultRule flipBits(long seed) {
    return flipBits(seed, 1);
  }

  /**
   * Flip {@code bitsPerChunk} random bits in each chunk (positions drawn from a generator seeded
   * with {@code seed}: the same bytes and seed give the same result), then forward it.
   */
  public static FaultRule flipBits(long seed, int bitsPerChunk) {
    if (bitsPerChunk < 1) {
      throw new IllegalArgumentException("bitsPerChunk must be positive: " + bitsPerChunk);
    }
    return new FaultRule(Action.FLIP_BITS, bitsPerChunk, 0, seed, null, 0, Long.MAX_VALUE);
  }

  /** Forward no more than {@code bytesPerSecond} bytes a second (in slices of 1/20 s). */
  public static FaultRule bandwidth(long bytesPerSecond) {
    if (bytesPerSecond < 1) {
      throw new IllegalArgumentException("bytesPerSecond must be positive: " + bytesPerSecond);
    }
    return new FaultRule(Action.BANDWIDTH, bytesPerSecond, 0, 0, null, 0, Long.MAX_VALUE);
  }

  /**
   * This rule acting only on the chunks holding an envelope that {@code selector} matches; other
   * chunks pass. Chunks whose envelopes cannot be seen (compressed v5 segments, raw bytes) never
   * match.
   */
  public FaultRule onFrames(FrameSelector selector) {
    Objects.requireNonNull(selector, "selector");
    return new FaultRule(action, amount, jitterNanos, seed, selector, afterBytes, times);
  }

  /**
   * This rule letting the first {@code bytes} bytes pass (counted per connection and direction from
   * when the rule took effect); a chunk straddling the mark is split there.
   */
  public FaultRule afterBytes(long bytes) {
    if (bytes < 0) {
      throw new IllegalArgumentException("bytes must not be negative: " + bytes);
    }
    return new FaultRule(action, amount, jitterNanos, seed, selector, bytes, times);
  }

  /** This rule acting on {@code count} chunks of each connection and direction, then passing. */
  public FaultRule times(long count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be positive: " + count);
    }
    return new FaultRule(action, amount, jitterNanos, seed, selector, afterBytes, count);
  }

  /** This rule acting on the first matching chunk only: {@code times(1)}. */
  public FaultRule once() {
    return times(1);
  }

  /** The action. */
  public Action action() {
    return action;
  }

  /** The selector of {@link #onFrames}, or null when the rule acts on every chunk. */
  public FrameSelector selector() {
    return selector;
  }

  /** The bytes let through before the rule acts. */
  public long afterBytesCount() {
    return afterBytes;
  }

  /**
   * How many chunks the rule acts on per connection and direction ({@code Long.MAX_VALUE}: all).
   */
  public long timesCount() {
    return times;
  }

  long amount() {
    return amount;
  }

  long jitterNanos() {
    return jitterNanos;
  }

  long seed() {
    return seed;
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(action.name().toLowerCase(java.util.Locale.ROOT));
    if (action == Action.DELAY) {
      text.append(' ').append(amount / 1_000_000).append(" ms");
      if (jitterNanos > 0) {
        text.append(" + jitter ").append(jitterNanos / 1_000_000).append(" ms");
      }
    } else if (action == Action.TRUNCATE || action == Action.FLIP_BITS) {
      text.append(' ').append(amount);
    } else if (action == Action.BANDWIDTH) {
      text.append(' ').append(amount).append(" B/s");
    }
    if (selector != null) {
      text.append(" on selected frames");
    }
    if (afterBytes > 0) {
      text.append(" after ").append(afterBytes).append(" bytes");
    }
    if (times != Long.MAX_VALUE) {
      text.append(' ').append(times).append(" times");
    }
    return text.toString();
  }

  private static void requireNotNegative(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative: " + duration);
    }
  }
}
