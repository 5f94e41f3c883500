package io.sibyl.driver.type;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CqlDurationTest {
  private static final long HOUR = 3_600_000_000_000L;

  @Test
  void should_parse_every_cql_unit() {
    CqlDuration duration = CqlDuration.parse("1y2mo3w4d5h6m7s8ms9us10ns");
    assertThat(duration.months()).isEqualTo(14);
    assertThat(duration.days()).isEqualTo(25);
    assertThat(duration.nanoseconds())
        .isEqualTo(5 * HOUR + 6 * 60_000_000_000L + 7_000_000_000L + 8_000_000L + 9_000L + 10);
  }

  @ParameterizedTest
  @CsvSource({
    "P1Y2M3DT4H5M6S, 1y2mo3d4h5m6s",
    "P2W, 14d",
    "P0001-02-03T04:05:06, 1y2mo3d4h5m6s",
    "PT0.000000001S, 1ns",
    "-P1D, -1d",
    "pt1h, 1h",
    "1H30M, 1h30m",
    "3µs, 3us"
  })
  void should_parse_iso_8601_and_cql_forms_alike(String text, String cql) {
    assertThat(CqlDuration.parse(text)).isEqualTo(CqlDuration.parse(cql));
  }

  @Test
  void should_format_cql_literals_and_iso_strings() {
    assertThat(CqlDuration.of(14, 3, HOUR + 1).toString()).isEqualTo("1y2mo3d1h1ns");
    assertThat(CqlDuration.of(0, 0, 0).toString()).isEqualTo("0s");
    assertThat(CqlDuration.of(-1, -2, -1_500_000_000L).toString()).isEqualTo("-1mo2d1s500ms");
    assertThat(CqlDuration.of(14, 3, HOUR + 1_500_000_000L).toIsoString())
        .isEqualTo("P1Y2M3DT1H1.500000000S");
    assertThat(CqlDuration.of(0, 0, 0).toIsoString()).isEqualTo("PT0S");
    assertThat(CqlDuration.parse(CqlDuration.of(-1, -2, -3).toIsoString()))
        .isEqualTo(CqlDuration.of(-1, -2, -3));
  }

  @Test
  void should_round_trip_the_extremes_through_text() {
    CqlDuration min = CqlDuration.of(Integer.MIN_VALUE, Integer.MIN_VALUE, Long.MIN_VALUE);
    CqlDuration max = CqlDuration.of(Integer.MAX_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE);
    assertThat(CqlDuration.parse(min.toString())).isEqualTo(min);
    assertThat(CqlDuration.parse(max.toString())).isEqualTo(max);
    assertThat(CqlDuration.parse(max.toIsoString())).isEqualTo(max);
  }

  @Test
  void should_compare_by_all_three_parts() {
    assertThat(CqlDuration.parse("1d")).isNotEqualTo(CqlDuration.parse("24h"));
    assertThat(CqlDuration.parse("1d")).isEqualTo(CqlDuration.of(0, 1, 0));
    assertThat(CqlDuration.parse("1d").hashCode()).isEqualTo(CqlDuration.of(0, 1, 0).hashCode());
  }

  @Test
  void should_reject_mixed_signs_bad_units_order_and_overflow() {
    assertThatThrownBy(() -> CqlDuration.of(1, -1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive or all negative");
    assertThatThrownBy(() -> CqlDuration.parse("1h1d")).hasMessageContaining("at most once");
    assertThatThrownBy(() -> CqlDuration.parse("1h1h")).hasMessageContaining("at most once");
    assertThatThrownBy(() -> CqlDuration.parse("1x")).hasMessageContaining("1x");
    assertThatThrownBy(() -> CqlDuration.parse("")).hasMessageContaining("empty");
    assertThatThrownBy(() -> CqlDuration.parse("P")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CqlDuration.parse("3000000000mo")).hasMessageContaining("too large");
  }
}
