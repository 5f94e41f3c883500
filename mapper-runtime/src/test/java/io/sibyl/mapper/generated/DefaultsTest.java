package io.sibyl.mapper.generated;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DefaultsTest {

  // 100-nanosecond intervals between 1582-10-15 and 1970-01-01.
  private static final long GREGORIAN_OFFSET = 0x01B21DD213814000L;

  @Test
  void should_generate_version_1_uuids_carrying_the_current_time() {
    long before = System.currentTimeMillis();
    UUID uuid = Defaults.timeUuid();
    long after = System.currentTimeMillis();

    assertThat(uuid.version()).isEqualTo(1);
    assertThat(uuid.variant()).isEqualTo(2);
    long millis = (uuid.timestamp() - GREGORIAN_OFFSET) / 10_000;
    assertThat(millis).isBetween(before, after);
  }

  @Test
  void should_encode_the_timestamp_field_by_field() {
    long ticks = 0x0123_4567_89AB_CDEFL & 0x0FFF_FFFF_FFFF_FFFFL;

    assertThat(Defaults.timeUuid(ticks).timestamp()).isEqualTo(ticks);
  }

  @Test
  void should_never_repeat_or_go_back_within_the_jvm() {
    Set<UUID> seen = new HashSet<>();
    long last = 0;
    for (int i = 0; i < 10_000; i++) {
      UUID uuid = Defaults.timeUuid();
      assertThat(seen.add(uuid)).isTrue();
      assertThat(uuid.timestamp()).isGreaterThan(last);
      last = uuid.timestamp();
    }
  }

  @Test
  void should_generate_random_uuids() {
    assertThat(Defaults.randomUuid().version()).isEqualTo(4);
    assertThat(Defaults.randomUuid()).isNotEqualTo(Defaults.randomUuid());
  }

  @Test
  void should_give_now_in_whole_milliseconds_and_today_in_utc() {
    Instant now = Defaults.now();

    assertThat(now.getNano() % 1_000_000).isZero();
    assertThat(now).isBetween(Instant.now().minusSeconds(5), Instant.now());
    LocalDate today = Defaults.today();
    assertThat(today)
        .isIn(LocalDate.now(ZoneOffset.UTC), LocalDate.now(ZoneOffset.UTC).minusDays(1));
  }
}
