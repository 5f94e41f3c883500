package io.sibyl.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.BoundStatement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WriteRulesBenchmarkTest {
  private final WriteRulesBenchmark benchmark = new WriteRulesBenchmark();

  @BeforeEach
  void setUp() {
    benchmark.setUp();
  }

  @Test
  void should_bind_the_same_values_with_and_without_rules() {
    BoundStatement plain = benchmark.noRules();

    for (BoundStatement checked :
        new BoundStatement[] {benchmark.constraints(), benchmark.constraintsAndHook()}) {
      for (int i = 0; i < 4; i++) {
        assertThat(checked.getBytesUnsafe(i)).isEqualTo(plain.getBytesUnsafe(i));
      }
    }
  }

  @Test
  void should_bind_the_current_time_when_the_default_applies() {
    long before = System.currentTimeMillis();
    BoundStatement defaulted = benchmark.constraintsAndAppliedDefault();

    // A timestamp is bound as its milliseconds since the epoch, 8 bytes big-endian.
    long bound = defaulted.getBytesUnsafe(3).duplicate().getLong();
    assertThat(bound).isBetween(before, System.currentTimeMillis());
    assertThat(defaulted.getBytesUnsafe(1)).isEqualTo(benchmark.noRules().getBytesUnsafe(1));
  }
}
