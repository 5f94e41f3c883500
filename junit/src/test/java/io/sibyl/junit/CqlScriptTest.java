package io.sibyl.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CqlScriptTest {
  @Test
  void should_split_on_semicolons_outside_strings_names_and_bodies_and_skip_comments() {
    String script =
        "-- header\n"
            + "CREATE TABLE t (k int PRIMARY KEY, \"we;ird\" text); // trailing\n"
            + "INSERT INTO t (k, \"we;ird\") VALUES (1, 'it''s; fine');\n"
            + "/* block; comment */ CREATE FUNCTION f (x int) CALLED ON NULL INPUT RETURNS int"
            + " LANGUAGE java AS $$ return x; $$\n";

    assertThat(CqlScript.statements(script))
        .containsExactly(
            "CREATE TABLE t (k int PRIMARY KEY, \"we;ird\" text)",
            "INSERT INTO t (k, \"we;ird\") VALUES (1, 'it''s; fine')",
            "CREATE FUNCTION f (x int) CALLED ON NULL INPUT RETURNS int LANGUAGE java AS $$"
                + " return x; $$");
  }

  @Test
  void should_refuse_an_unclosed_string() {
    assertThatThrownBy(() -> CqlScript.statements("INSERT INTO t (k) VALUES ('x);"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A string is not closed");
  }

  @Test
  void should_make_valid_unique_keyspace_names_for_long_class_names() {
    String first = SibylExtension.keyspaceName(CqlScriptTest.class);
    String second = SibylExtension.keyspaceName(CqlScriptTest.class);

    assertThat(first).matches("[a-z0-9_]{1,48}").isNotEqualTo(second);
    assertThat(SibylExtension.keyspaceName(AVeryLongTestClassNameThatGoesOnAndOnAndOnForever.class))
        .hasSizeLessThanOrEqualTo(48);
  }

  private static final class AVeryLongTestClassNameThatGoesOnAndOnAndOnForever {}
}
