package io.sibyl.it.interop;

/**
 * A {@code duration} value independent of either driver's class for it.
 *
 * @param months the months
 * @param days the days
 * @param nanoseconds the nanoseconds
 */
record DurationParts(int months, int days, long nanoseconds) {}
