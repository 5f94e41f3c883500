package io.sibyl.mapper.generated;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The values of the {@code @Default} generators, which the generated {@code prepareInsert} of
 * {@code UserTable} calls for a null property.
 */
public final class Defaults {

  // 100-nanosecond intervals from the Gregorian calendar's start (1582-10-15) to the Unix epoch.
  private static final long GREGORIAN_OFFSET = 0x01B21DD213814000L;
  private static final AtomicLong LAST_TICKS = new AtomicLong();
  // Variant bits, a random clock sequence and a random node id with the multicast bit set (RFC
  // 9562 for a node that does not use a MAC address): fixed for this JVM.
  private static final long CLOCK_SEQ_AND_NODE = clockSequenceAndNode();

  private Defaults() {}

  /** {@code RANDOM_UUID}: a version 4 UUID. */
  public static UUID randomUuid() {
    return UUID.randomUUID();
  }

  /**
   * {@code TIME_UUID}: a version 1 UUID of the current time, at microsecond resolution, never equal
   * to (and never older than) an earlier one of this JVM.
   */
  public static UUID timeUuid() {
    return timeUuid(nextTicks());
  }

  /** {@code NOW} for a {@code timestamp} column: the current instant, in whole milliseconds. */
  public static Instant now() {
    return Instant.ofEpochMilli(System.currentTimeMillis());
  }

  /** {@code NOW} for a {@code date} column: today in UTC. */
  public static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  /** The version 1 UUID of a count of 100-nanosecond intervals since 1582-10-15 (for tests). */
  static UUID timeUuid(long ticks) {
    long msb =
        (ticks << 32) | ((ticks & 0xFFFF_0000_0000L) >>> 16) | 0x1000L | ((ticks >>> 48) & 0x0FFFL);
    return new UUID(msb, CLOCK_SEQ_AND_NODE);
  }

  private static long nextTicks() {
    Instant now = Instant.now();
    long ticks =
        (now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000) * 10 + GREGORIAN_OFFSET;
    while (true) {
      long last = LAST_TICKS.get();
      long next = ticks > last ? ticks : last + 1;
      if (LAST_TICKS.compareAndSet(last, next)) {
        return next;
      }
    }
  }

  private static long clockSequenceAndNode() {
    SecureRandom random = new SecureRandom();
    long clockSequence = random.nextInt(1 << 14);
    long node = random.nextLong() & 0xFFFF_FFFF_FFFFL | 0x0100_0000_0000L;
    return 0x8000_0000_0000_0000L | clockSequence << 48 | node;
  }
}
