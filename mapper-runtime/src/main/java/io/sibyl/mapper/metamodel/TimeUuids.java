package io.sibyl.mapper.metamodel;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The smallest and the largest version-1 (time-based) UUIDs of a millisecond, as Cassandra's {@code
 * minTimeuuid()} and {@code maxTimeuuid()} make them: bounds of a range of a {@code timeuuid}
 * column, built client side ({@code ID.gte(TimeUuids.min(from))}). Not unique: never store them.
 */
public final class TimeUuids {

  // 100-nanosecond intervals between the UUID epoch (1582-10-15) and the Unix epoch.
  private static final long UUID_EPOCH_OFFSET_MILLIS = 12_219_292_800_000L;
  // The clock sequence and node Cassandra sorts first and last (it compares these bytes signed).
  private static final long MIN_CLOCK_SEQ_AND_NODE = 0x8080808080808080L;
  private static final long MAX_CLOCK_SEQ_AND_NODE = 0x7f7f7f7f7f7f7f7fL;

  private TimeUuids() {}

  /**
   * The smallest timeuuid of the millisecond of {@code instant} (the instant truncated to the
   * millisecond, as {@code minTimeuuid()} takes a timestamp): equal to {@code
   * minTimeuuid(instant)}.
   */
  public static UUID min(Instant instant) {
    long ticks = ticks(Objects.requireNonNull(instant, "instant").toEpochMilli());
    return new UUID(mostSignificantBits(ticks), MIN_CLOCK_SEQ_AND_NODE);
  }

  /**
   * The largest timeuuid of the millisecond of {@code instant}: equal to {@code
   * maxTimeuuid(instant)}, whose time is the millisecond's last 100-nanosecond tick.
   */
  public static UUID max(Instant instant) {
    long ticks = ticks(Objects.requireNonNull(instant, "instant").toEpochMilli() + 1) - 1;
    return new UUID(mostSignificantBits(ticks), MAX_CLOCK_SEQ_AND_NODE);
  }

  private static long ticks(long unixMillis) {
    return (unixMillis + UUID_EPOCH_OFFSET_MILLIS) * 10_000;
  }

  // time_low (32 bits), time_mid (16), version 1 and time_hi (12).
  private static long mostSignificantBits(long ticks) {
    return (ticks & 0xffffffffL) << 32
        | (ticks & 0xffff00000000L) >>> 16
        | (ticks & 0x0fff000000000000L) >>> 48
        | 0x1000L;
  }
}
