package io.sibyl.mapper.annotations;

/** How {@link Default} generates a property's value at insert time. */
public enum DefaultGenerator {
  /** No generator: {@link Default#value()} gives a constant. */
  NONE,
  /** A random (version 4) {@code java.util.UUID}, for a {@code uuid} column. */
  RANDOM_UUID,
  /**
   * A time-based (version 1) {@code java.util.UUID} from the current time, unique within the JVM,
   * for a {@code timeuuid} or {@code uuid} column.
   */
  TIME_UUID,
  /**
   * The current time: an {@code Instant} at millisecond precision (a {@code timestamp} column), or
   * today's {@code LocalDate} in UTC (a {@code date} column).
   */
  NOW
}
