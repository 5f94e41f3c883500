package io.sibyl.mapper;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LwtResultTest {

  @Test
  void should_carry_no_row_when_applied() {
    LwtResult<String> result = LwtResult.applied();

    assertThat(result.wasApplied()).isTrue();
    assertThat(result.current()).isEmpty();
  }

  @Test
  void should_carry_the_current_row_when_not_applied() {
    LwtResult<String> result = LwtResult.notApplied("existing");

    assertThat(result.wasApplied()).isFalse();
    assertThat(result.current()).contains("existing");
  }
}
