package io.sibyl.mapper.generated;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.type.CqlLiterals;
import java.util.List;
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

  @Test
  void should_quote_reserved_words() {
    assertThat(CqlNames.quoteIfNeeded("order")).isEqualTo("\"order\"");
    assertThat(CqlNames.quoteIfNeeded("limit")).isEqualTo("\"limit\"");
    assertThat(CqlNames.quoteIfNeeded("token")).isEqualTo("\"token\"");
    assertThat(CqlNames.quoteIfNeeded("select")).isEqualTo("\"select\"");
  }

  @Test
  void should_quote_a_reserved_keyspace_when_qualifying() {
    assertThat(CqlNames.qualify("select", "\"order\"")).isEqualTo("\"select\".\"order\"");
  }

  @Test
  void should_leave_unreserved_keywords_unquoted() {
    // "key" and "ttl" are CQL keywords that are not reserved: they name columns as they are.
    assertThat(CqlNames.quoteIfNeeded("key")).isEqualTo("key");
    assertThat(CqlNames.quoteIfNeeded("ttl")).isEqualTo("ttl");
  }

  @Test
  void should_write_every_name_as_the_driver_does() {
    for (String name :
        List.of("users", "Users", "order", "ORDER", "where", "a b", "1st", "_x", "", "x\"y")) {
      assertThat(CqlNames.quoteIfNeeded(name)).as(name).isEqualTo(CqlLiterals.identifier(name));
    }
  }
}
