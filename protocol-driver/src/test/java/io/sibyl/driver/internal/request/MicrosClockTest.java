package io.sibyl.driver.internal.request;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MicrosClockTest {

  @Test
  void should_stay_within_the_drift_bound_of_the_wall_clock() {
    MicrosClock clock = new MicrosClock();
    for (int i = 0; i < 200_000; i++) {
      long before = System.currentTimeMillis();
      long micros = clock.micros();
      long after = System.currentTimeMillis();

      // The wall clock may be stepped between the reads; a monotonic machine clock is expected
      // here.
      assertThat(micros / 1_000)
          .isBetween(
              before - MicrosClock.MAX_DRIFT_MILLIS - 1, after + MicrosClock.MAX_DRIFT_MILLIS);
    }
  }

  @Test
  void should_advance_below_the_millisecond() {
    MicrosClock clock = new MicrosClock();
    long first = clock.micros();
    long distinct = 0;
    long previous = first;
    for (int i = 0; i < 100_000 && distinct < 100; i++) {
      long now = clock.micros();
      if (now != previous && now / 1_000 == previous / 1_000) {
        distinct++; // a new microsecond within the same millisecond
      }
      previous = now;
    }
    assertThat(distinct).isPositive();
  }
}
