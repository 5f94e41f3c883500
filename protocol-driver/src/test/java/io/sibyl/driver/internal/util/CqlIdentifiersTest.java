package io.sibyl.driver.internal.util;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CqlIdentifiersTest {

  @Test
  void should_leave_plain_lower_case_names_alone() {
    assertThat(CqlIdentifiers.quoteIfNeeded("shop_2")).isEqualTo("shop_2");
  }

  @Test
  void should_quote_mixed_case_and_special_names_and_double_embedded_quotes() {
    assertThat(CqlIdentifiers.quoteIfNeeded("Shop")).isEqualTo("\"Shop\"");
    assertThat(CqlIdentifiers.quoteIfNeeded("a\"b")).isEqualTo("\"a\"\"b\"");
    assertThat(CqlIdentifiers.quoteIfNeeded("2shop")).isEqualTo("\"2shop\"");
  }
}
