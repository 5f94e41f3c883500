package io.sibyl.driver.internal.codec;

import static io.sibyl.driver.internal.codec.CodecTesting.bytes;
import static io.sibyl.driver.internal.codec.CodecTesting.hex;
import static io.sibyl.driver.internal.codec.CodecTesting.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.error.CodecException;
import io.sibyl.driver.type.CqlDuration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.junit.jupiter.api.Test;

class TemporalCodecsTest {

  @Test
  void should_encode_dates_as_unsigned_days_centered_on_two_to_the_31() {
    assertThat(hex(DateCodec.INSTANCE.encode(LocalDate.of(1970, 1, 1)))).isEqualTo("80000000");
    assertThat(hex(DateCodec.INSTANCE.encode(LocalDate.of(1970, 1, 2)))).isEqualTo("80000001");
    assertThat(hex(DateCodec.INSTANCE.encode(LocalDate.of(1969, 12, 31)))).isEqualTo("7fffffff");
    assertThat(DateCodec.INSTANCE.decode(bytes("00000000")))
        .isEqualTo(LocalDate.of(-5877641, 6, 23));
  }

  @Test
  void should_round_trip_leap_days_old_and_far_future_dates() {
    LocalDate[] values = {
      LocalDate.of(2024, 2, 29),
      LocalDate.of(2000, 2, 29),
      LocalDate.of(1900, 3, 1),
      LocalDate.of(1, 1, 1),
      LocalDate.of(-44, 3, 15),
      LocalDate.of(9999, 12, 31),
      LocalDate.of(2_000_000, 1, 1),
      LocalDate.ofEpochDay(-(1L << 31)),
      LocalDate.ofEpochDay((1L << 31) - 1)
    };
    for (LocalDate value : values) {
      assertThat(roundTrip(DateCodec.INSTANCE, value)).isEqualTo(value);
      assertThat(DateCodec.INSTANCE.parse(DateCodec.INSTANCE.format(value))).isEqualTo(value);
    }
  }

  @Test
  void should_reject_dates_outside_the_cql_range() {
    assertThatThrownBy(() -> DateCodec.INSTANCE.encode(LocalDate.ofEpochDay(1L << 31)))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("range");
  }

  @Test
  void should_format_and_parse_date_literals() {
    assertThat(DateCodec.INSTANCE.format(LocalDate.of(2024, 2, 29))).isEqualTo("'2024-02-29'");
    assertThat(DateCodec.INSTANCE.format(LocalDate.of(-1, 1, 1))).matches("'\\d+'");
    assertThat(DateCodec.INSTANCE.parse("'2147483648'")).isEqualTo(LocalDate.of(1970, 1, 1));
    assertThat(DateCodec.INSTANCE.parse("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThatThrownBy(() -> DateCodec.INSTANCE.parse("'2023-02-29'"))
        .isInstanceOf(CodecException.class);
  }

  @Test
  void should_encode_time_as_nanoseconds_of_day() {
    assertThat(hex(TimeCodec.INSTANCE.encode(LocalTime.ofNanoOfDay(1))))
        .isEqualTo("0000000000000001");
    assertThat(TimeCodec.INSTANCE.decode(bytes("00004e94914effff")))
        .isEqualTo(LocalTime.of(23, 59, 59, 999_999_999));
    for (LocalTime value :
        new LocalTime[] {LocalTime.MIDNIGHT, LocalTime.MAX, LocalTime.of(12, 0, 0, 1)}) {
      assertThat(roundTrip(TimeCodec.INSTANCE, value)).isEqualTo(value);
      assertThat(TimeCodec.INSTANCE.parse(TimeCodec.INSTANCE.format(value))).isEqualTo(value);
    }
  }

  @Test
  void should_reject_times_beyond_a_day() {
    assertThatThrownBy(() -> TimeCodec.INSTANCE.decode(bytes("00004e94914f0000")))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("86399999999999");
    assertThatThrownBy(() -> TimeCodec.INSTANCE.decode(bytes("00000001")))
        .hasMessageContaining("expected 8 bytes but got 4");
  }

  @Test
  void should_format_time_with_nine_fraction_digits() {
    assertThat(TimeCodec.INSTANCE.format(LocalTime.of(10, 15))).isEqualTo("'10:15:00.000000000'");
    assertThat(TimeCodec.INSTANCE.parse("'10:15:30'")).isEqualTo(LocalTime.of(10, 15, 30));
  }

  @Test
  void should_encode_timestamps_as_epoch_milliseconds() {
    assertThat(hex(TimestampCodec.INSTANCE.encode(Instant.EPOCH))).isEqualTo("0000000000000000");
    assertThat(hex(TimestampCodec.INSTANCE.encode(Instant.ofEpochMilli(-1))))
        .isEqualTo("ffffffffffffffff");
    assertThat(TimestampCodec.INSTANCE.decode(bytes("00000000000003e8")))
        .isEqualTo(Instant.ofEpochSecond(1));
  }

  @Test
  void should_round_trip_timestamps_truncating_below_the_millisecond() {
    Instant[] values = {
      Instant.parse("2024-02-29T12:34:56.789Z"),
      Instant.parse("1900-01-01T00:00:00Z"),
      Instant.ofEpochMilli(Long.MIN_VALUE),
      Instant.ofEpochMilli(Long.MAX_VALUE)
    };
    for (Instant value : values) {
      assertThat(roundTrip(TimestampCodec.INSTANCE, value)).isEqualTo(value);
      assertThat(TimestampCodec.INSTANCE.parse(TimestampCodec.INSTANCE.format(value)))
          .isEqualTo(value);
    }
    assertThat(roundTrip(TimestampCodec.INSTANCE, Instant.ofEpochSecond(0, 1_999_999)))
        .isEqualTo(Instant.ofEpochMilli(1));
  }

  @Test
  void should_format_and_parse_timestamp_literals() {
    assertThat(TimestampCodec.INSTANCE.format(Instant.parse("2024-02-29T01:02:03.004Z")))
        .isEqualTo("'2024-02-29T01:02:03.004+0000'");
    assertThat(TimestampCodec.INSTANCE.format(Instant.parse("+12024-01-01T00:00:00Z")))
        .matches("\\d+");
    assertThat(TimestampCodec.INSTANCE.parse("'2024-02-29 01:02:03+0100'"))
        .isEqualTo(Instant.parse("2024-02-29T00:02:03Z"));
    assertThat(TimestampCodec.INSTANCE.parse("'2024-02-29'"))
        .isEqualTo(Instant.parse("2024-02-29T00:00:00Z"));
    assertThat(TimestampCodec.INSTANCE.parse("'2024-02-29T01:02:03.5Z'"))
        .isEqualTo(Instant.parse("2024-02-29T01:02:03.500Z"));
    assertThat(TimestampCodec.INSTANCE.parse("1000")).isEqualTo(Instant.ofEpochSecond(1));
    assertThatThrownBy(() -> TimestampCodec.INSTANCE.parse("'yesterday'"))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("timestamp");
  }

  @Test
  void should_map_timestamps_to_java_util_date_too() {
    Date value = new Date(-86_400_000L);
    assertThat(roundTrip(JavaDateCodec.INSTANCE, value)).isEqualTo(value);
    assertThat(JavaDateCodec.INSTANCE.format(new Date(0)))
        .isEqualTo("'1970-01-01T00:00:00.000+0000'");
  }

  @Test
  void should_encode_durations_as_three_zig_zag_vints() {
    assertThat(hex(DurationCodec.INSTANCE.encode(CqlDuration.of(1, 2, 3)))).isEqualTo("020406");
    assertThat(hex(DurationCodec.INSTANCE.encode(CqlDuration.of(-1, -2, -3)))).isEqualTo("010305");
    assertThat(hex(DurationCodec.INSTANCE.encode(CqlDuration.of(0, 0, 64)))).isEqualTo("00008080");
  }

  @Test
  void should_round_trip_extreme_durations() {
    CqlDuration[] values = {
      CqlDuration.of(0, 0, 0),
      CqlDuration.of(Integer.MAX_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE),
      CqlDuration.of(Integer.MIN_VALUE, Integer.MIN_VALUE, Long.MIN_VALUE),
      CqlDuration.parse("1y2mo3w4d5h6m7s8ms9us10ns"),
      CqlDuration.parse("-PT1.5S")
    };
    for (CqlDuration value : values) {
      assertThat(roundTrip(DurationCodec.INSTANCE, value)).isEqualTo(value);
      assertThat(DurationCodec.INSTANCE.parse(DurationCodec.INSTANCE.format(value)))
          .isEqualTo(value);
    }
  }

  @Test
  void should_reject_durations_with_mixed_signs_or_left_over_bytes() {
    assertThatThrownBy(() -> DurationCodec.INSTANCE.decode(bytes("020306")))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("duration");
    assertThatThrownBy(() -> DurationCodec.INSTANCE.decode(bytes("02040600")))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("left over");
    assertThatThrownBy(() -> DurationCodec.INSTANCE.decode(bytes("0204")))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("truncated");
  }
}
