package io.sibyl.driver.type;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value of the CQL {@code duration} type: a number of months, days and nanoseconds, kept apart
 * because a month has no fixed number of days and a day no fixed number of nanoseconds (think of
 * daylight saving time). {@code 1d} therefore does not equal {@code 24h}.
 *
 * <p>A duration is either positive or negative as a whole: its three parts are all {@code >= 0} or
 * all {@code <= 0}. Instances are immutable.
 */
public final class CqlDuration {
  static final long NANOS_PER_MICRO = 1_000L;
  static final long NANOS_PER_MILLI = 1_000_000L;
  static final long NANOS_PER_SECOND = 1_000_000_000L;
  static final long NANOS_PER_MINUTE = 60 * NANOS_PER_SECOND;
  static final long NANOS_PER_HOUR = 60 * NANOS_PER_MINUTE;

  private static final Pattern ISO =
      Pattern.compile(
          "P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)(?:\\.(\\d{1,9}))?S)?)?");
  private static final Pattern ISO_WEEKS = Pattern.compile("P(\\d+)W");
  private static final Pattern ISO_ALTERNATIVE =
      Pattern.compile("P(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})");
  private static final Pattern CQL_PART = Pattern.compile("(\\d+)(mo|ms|us|µs|ns|y|w|d|h|m|s)");

  private final int months;
  private final int days;
  private final long nanoseconds;

  private CqlDuration(int months, int days, long nanoseconds) {
    this.months = months;
    this.days = days;
    this.nanoseconds = nanoseconds;
  }

  /**
   * Creates a duration.
   *
   * @throws IllegalArgumentException if the parts do not all have the same sign
   */
  public static CqlDuration of(int months, int days, long nanoseconds) {
    boolean anyNegative = months < 0 || days < 0 || nanoseconds < 0;
    boolean anyPositive = months > 0 || days > 0 || nanoseconds > 0;
    if (anyNegative && anyPositive) {
      throw new IllegalArgumentException(
          "The parts of a duration must all be positive or all negative, got months="
              + months
              + ", days="
              + days
              + ", nanoseconds="
              + nanoseconds);
    }
    return new CqlDuration(months, days, nanoseconds);
  }

  /**
   * Parses a duration written as CQL does ({@code 1y2mo3w4d5h6m7s8ms9us10ns}, units in that order,
   * each at most once, case-insensitive, {@code µs} as a synonym of {@code us}) or in one of the
   * ISO 8601 forms {@code P1Y2M3DT4H5M6S}, {@code P2W} and {@code P0001-02-03T04:05:06}. A leading
   * {@code -} makes the whole duration negative.
   *
   * @throws IllegalArgumentException if the text is not a duration or a part overflows
   */
  public static CqlDuration parse(String text) {
    String trimmed = text.trim();
    boolean negative = trimmed.startsWith("-");
    String body = negative ? trimmed.substring(1) : trimmed;
    if (body.isEmpty()) {
      throw invalid(text, "it is empty");
    }
    String upper = body.toUpperCase(Locale.ROOT);
    long sign = negative ? -1 : 1;
    try {
      long[] parts; // months, days, nanos, already signed
      if (upper.startsWith("P")) {
        parts = parseIso(upper, text, sign);
      } else {
        parts = parseCql(body.toLowerCase(Locale.ROOT), text, sign);
      }
      return new CqlDuration(Math.toIntExact(parts[0]), Math.toIntExact(parts[1]), parts[2]);
    } catch (ArithmeticException | NumberFormatException e) {
      throw invalid(text, "a part is too large");
    }
  }

  private static long[] parseCql(String body, String original, long sign) {
    Matcher matcher = CQL_PART.matcher(body);
    long months = 0;
    long days = 0;
    long nanos = 0;
    int position = 0;
    int lastRank = -1;
    while (position < body.length()) {
      if (!matcher.find(position) || matcher.start() != position) {
        throw invalid(
            original, "expected a number and a unit at '" + body.substring(position) + "'");
      }
      long amount = sign * Long.parseLong(matcher.group(1));
      String unit = matcher.group(2);
      int rank = rank(unit);
      if (rank <= lastRank) {
        throw invalid(original, "units must appear at most once each, from years down to ns");
      }
      lastRank = rank;
      switch (unit) {
        case "y" -> months = Math.addExact(months, Math.multiplyExact(amount, 12));
        case "mo" -> months = Math.addExact(months, amount);
        case "w" -> days = Math.addExact(days, Math.multiplyExact(amount, 7));
        case "d" -> days = Math.addExact(days, amount);
        case "h" -> nanos = Math.addExact(nanos, Math.multiplyExact(amount, NANOS_PER_HOUR));
        case "m" -> nanos = Math.addExact(nanos, Math.multiplyExact(amount, NANOS_PER_MINUTE));
        case "s" -> nanos = Math.addExact(nanos, Math.multiplyExact(amount, NANOS_PER_SECOND));
        case "ms" -> nanos = Math.addExact(nanos, Math.multiplyExact(amount, NANOS_PER_MILLI));
        case "us", "µs" ->
            nanos = Math.addExact(nanos, Math.multiplyExact(amount, NANOS_PER_MICRO));
        default -> nanos = Math.addExact(nanos, amount);
      }
      position = matcher.end();
    }
    return new long[] {months, days, nanos};
  }

  private static int rank(String unit) {
    return switch (unit) {
      case "y" -> 0;
      case "mo" -> 1;
      case "w" -> 2;
      case "d" -> 3;
      case "h" -> 4;
      case "m" -> 5;
      case "s" -> 6;
      case "ms" -> 7;
      case "us", "µs" -> 8;
      default -> 9;
    };
  }

  private static long[] parseIso(String upper, String original, long sign) {
    Matcher weeks = ISO_WEEKS.matcher(upper);
    if (weeks.matches()) {
      return new long[] {0, Math.multiplyExact(sign * Long.parseLong(weeks.group(1)), 7), 0};
    }
    Matcher alternative = ISO_ALTERNATIVE.matcher(upper);
    if (alternative.matches()) {
      return isoParts(alternative, false, sign);
    }
    Matcher iso = ISO.matcher(upper);
    if (iso.matches() && upper.length() > 1 && !upper.endsWith("T")) {
      return isoParts(iso, true, sign);
    }
    throw invalid(original, "it matches none of the CQL and ISO 8601 duration forms");
  }

  private static long[] isoParts(Matcher matcher, boolean withFraction, long sign) {
    long months =
        Math.addExact(Math.multiplyExact(sign * number(matcher, 1), 12), sign * number(matcher, 2));
    long days = sign * number(matcher, 3);
    long nanos = Math.multiplyExact(sign * number(matcher, 4), NANOS_PER_HOUR);
    nanos = Math.addExact(nanos, Math.multiplyExact(sign * number(matcher, 5), NANOS_PER_MINUTE));
    nanos = Math.addExact(nanos, Math.multiplyExact(sign * number(matcher, 6), NANOS_PER_SECOND));
    if (withFraction && matcher.group(7) != null) {
      String fraction = (matcher.group(7) + "00000000").substring(0, 9);
      nanos = Math.addExact(nanos, sign * Long.parseLong(fraction));
    }
    return new long[] {months, days, nanos};
  }

  private static long number(Matcher matcher, int group) {
    String digits = matcher.group(group);
    return digits == null ? 0 : Long.parseLong(digits);
  }

  private static IllegalArgumentException invalid(String text, String reason) {
    return new IllegalArgumentException(
        "Invalid duration '" + text + "': " + reason + " (e.g. 1y2mo3d4h5m6s7ms, or P1Y2M3DT4H)");
  }

  /** The number of months. */
  public int months() {
    return months;
  }

  /** The number of days. */
  public int days() {
    return days;
  }

  /** The number of nanoseconds. */
  public long nanoseconds() {
    return nanoseconds;
  }

  /** Whether the duration is negative. */
  public boolean isNegative() {
    return months < 0 || days < 0 || nanoseconds < 0;
  }

  /**
   * The duration in ISO 8601 form, such as {@code P1Y2M3DT4H5M6.000000007S}; {@code PT0S} when
   * empty, with a leading {@code -} when negative.
   */
  public String toIsoString() {
    StringBuilder iso = new StringBuilder(isNegative() ? "-P" : "P");
    long y = Math.abs((long) months / 12);
    long mo = Math.abs((long) months % 12);
    appendIf(iso, y, "Y");
    appendIf(iso, mo, "M");
    appendIf(iso, Math.abs((long) days), "D");
    if (nanoseconds != 0) {
      iso.append('T');
      appendIf(iso, Math.abs(nanoseconds / NANOS_PER_HOUR), "H");
      appendIf(iso, Math.abs(nanoseconds % NANOS_PER_HOUR / NANOS_PER_MINUTE), "M");
      long seconds = Math.abs(nanoseconds % NANOS_PER_MINUTE / NANOS_PER_SECOND);
      long fraction = Math.abs(nanoseconds % NANOS_PER_SECOND);
      if (seconds != 0 || fraction != 0) {
        iso.append(seconds);
        if (fraction != 0) {
          iso.append('.').append(String.format(Locale.ROOT, "%09d", fraction));
        }
        iso.append('S');
      }
    }
    return iso.length() <= 2 ? (isNegative() ? "-PT0S" : "PT0S") : iso.toString();
  }

  /**
   * The duration as a CQL literal, such as {@code 1y2mo3d4h5m6s7ms8us9ns} ({@code 0s} when empty),
   * with a leading {@code -} when negative. Days are never folded into weeks.
   */
  @Override
  public String toString() {
    StringBuilder cql = new StringBuilder(isNegative() ? "-" : "");
    appendIf(cql, Math.abs((long) months / 12), "y");
    appendIf(cql, Math.abs((long) months % 12), "mo");
    appendIf(cql, Math.abs((long) days), "d");
    appendIf(cql, Math.abs(nanoseconds / NANOS_PER_HOUR), "h");
    appendIf(cql, Math.abs(nanoseconds % NANOS_PER_HOUR / NANOS_PER_MINUTE), "m");
    appendIf(cql, Math.abs(nanoseconds % NANOS_PER_MINUTE / NANOS_PER_SECOND), "s");
    appendIf(cql, Math.abs(nanoseconds % NANOS_PER_SECOND / NANOS_PER_MILLI), "ms");
    appendIf(cql, Math.abs(nanoseconds % NANOS_PER_MILLI / NANOS_PER_MICRO), "us");
    appendIf(cql, Math.abs(nanoseconds % NANOS_PER_MICRO), "ns");
    return cql.length() == 0 ? "0s" : cql.toString();
  }

  private static void appendIf(StringBuilder target, long amount, String unit) {
    if (amount != 0) {
      target.append(amount).append(unit);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CqlDuration that
        && months == that.months
        && days == that.days
        && nanoseconds == that.nanoseconds;
  }

  @Override
  public int hashCode() {
    return (31 * months + days) * 31 + Long.hashCode(nanoseconds);
  }
}
