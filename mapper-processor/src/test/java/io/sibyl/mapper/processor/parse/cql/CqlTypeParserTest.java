package io.sibyl.mapper.processor.parse.cql;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.mapper.processor.model.CqlType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CqlTypeParserTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "text; text",
        "VARCHAR; text",
        "timeuuid; timeuuid",
        "list<int>; list<int>",
        "map<text, frozen<list<int>>>; map<text, frozen<list<int>>>",
        "set< uuid >; set<uuid>",
        "tuple<int, text, blob>; tuple<int, text, blob>",
        "vector<float, 3>; vector<float, 3>",
        "frozen<address>; frozen<address>",
        "\"MixedCase\"; \"MixedCase\""
      })
  void should_parse_and_print_types(String text, String printed) {
    CqlType type = CqlTypeParser.parse(text);

    assertThat(type).isNotNull();
    assertThat(type.asCql()).isEqualTo(printed);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "list<", "lisst<int>", "map<text>", "vector<float>", "int int", "1abc"})
  void should_refuse_invalid_types(String text) {
    assertThat(CqlTypeParser.parse(text)).isNull();
  }

  @Test
  void should_recognize_counters_and_collections() {
    assertThat(CqlTypeParser.parse("counter").isCounter()).isTrue();
    assertThat(CqlTypeParser.parse("set<text>").isCollection()).isTrue();
    assertThat(CqlTypeParser.parse("address").isUdt()).isTrue();
  }
}
