package io.sibyl.mapper.generated;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CqlNamesTest {

  @Test
  void should_quote_only_names_that_need_it() {
    assertThat(CqlNames.quoteIfNeeded("users")).isEqualTo("users");
    assertThat(CqlNames.quoteIfNeeded("Users")).isEqualTo("\"Users\"");
    assertThat(CqlNames.quoteIfNeeded("with\"quote")).isEqualTo("\"with\"\"quote\"");
  }

  @Test
  void should_qualify_with_keyspace_when_there_is_one() {
    assertThat(CqlNames.qualify("shop", "users")).isEqualTo("shop.users");
    assertThat(CqlNames.qualify("Shop", "users")).isEqualTo("\"Shop\".users");
    assertThat(CqlNames.qualify(null, "users")).isEqualTo("users");
    assertThat(CqlNames.qualify("", "users")).isEqualTo("users");
  }
}
