package io.sibyl.driver.type;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.type.codec.CodecRegistry;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CqlLiteralsTest {

  @Test
  void should_leave_plain_lower_case_identifiers_alone() {
    assertThat(CqlLiterals.identifier("user_id")).isEqualTo("user_id");
    assertThat(CqlLiterals.identifier("a1")).isEqualTo("a1");
    assertThat(CqlLiterals.needsQuoting("users")).isFalse();
  }

  @Test
  void should_quote_identifiers_only_when_needed() {
    assertThat(CqlLiterals.identifier("My Col")).isEqualTo("\"My Col\"");
    assertThat(CqlLiterals.identifier("userId")).isEqualTo("\"userId\"");
    assertThat(CqlLiterals.identifier("1st")).isEqualTo("\"1st\"");
    assertThat(CqlLiterals.identifier("_x")).isEqualTo("\"_x\"");
    assertThat(CqlLiterals.identifier("")).isEqualTo("\"\"");
    assertThat(CqlLiterals.identifier("é")).isEqualTo("\"é\"");
  }

  @Test
  void should_quote_reserved_words() {
    assertThat(CqlLiterals.identifier("select")).isEqualTo("\"select\"");
    assertThat(CqlLiterals.identifier("token")).isEqualTo("\"token\"");
    assertThat(CqlLiterals.isReserved("FROM")).isTrue();
    assertThat(CqlLiterals.isReserved("name")).isFalse();
  }

  @Test
  void should_double_embedded_quotes_so_names_cannot_escape() {
    assertThat(CqlLiterals.identifier("a\"; DROP TABLE t; --"))
        .isEqualTo("\"a\"\"; DROP TABLE t; --\"");
    assertThat(CqlLiterals.quoteIdentifier("x")).isEqualTo("\"x\"");
    assertThat(CqlLiterals.qualified("Shop", "users")).isEqualTo("\"Shop\".users");
    assertThat(CqlLiterals.qualified(null, "users")).isEqualTo("users");
  }

  @Test
  void should_quote_strings_so_values_cannot_escape() {
    assertThat(CqlLiterals.quote("it's")).isEqualTo("'it''s'");
    assertThat(CqlLiterals.quote("'; DROP TABLE t; --")).isEqualTo("'''; DROP TABLE t; --'");
    assertThat(CqlLiterals.quote("")).isEqualTo("''");
  }

  @Test
  void should_format_values_of_every_kind_as_literals() throws Exception {
    assertThat(CqlLiterals.format(null)).isEqualTo("NULL");
    assertThat(CqlLiterals.format("it's")).isEqualTo("'it''s'");
    assertThat(CqlLiterals.format(42)).isEqualTo("42");
    assertThat(CqlLiterals.format(42L)).isEqualTo("42");
    assertThat(CqlLiterals.format(new BigDecimal("1.50"))).isEqualTo("1.50");
    assertThat(CqlLiterals.format(Double.NaN)).isEqualTo("NaN");
    assertThat(CqlLiterals.format(ByteBuffer.wrap(new byte[] {1, (byte) 0xab})))
        .isEqualTo("0x01ab");
    UUID id = UUID.fromString("123e4567-e89b-42d3-a456-426614174000");
    assertThat(CqlLiterals.format(id)).isEqualTo("123e4567-e89b-42d3-a456-426614174000");
    assertThat(CqlLiterals.format(LocalDate.of(2024, 2, 29))).isEqualTo("'2024-02-29'");
    assertThat(CqlLiterals.format(Instant.EPOCH)).isEqualTo("'1970-01-01T00:00:00.000+0000'");
    assertThat(CqlLiterals.format(InetAddress.getByName("::1"))).isEqualTo("'0:0:0:0:0:0:0:1'");
    assertThat(CqlLiterals.format(CqlDuration.parse("1h2m"))).isEqualTo("1h2m");
    assertThat(CqlLiterals.format(List.of("a", "b"))).isEqualTo("['a', 'b']");
    assertThat(CqlLiterals.format(Set.of(1))).isEqualTo("{1}");
    Map<String, List<Integer>> map = new LinkedHashMap<>();
    map.put("k", List.of(1, 2));
    assertThat(CqlLiterals.format(map)).isEqualTo("{'k': [1, 2]}");
    assertThat(CqlLiterals.format(CqlVector.of(1.0f, 2.5f))).isEqualTo("[1.0, 2.5]");
    assertThat(CqlLiterals.format(List.of())).isEqualTo("[]");
  }

  @Test
  void should_format_as_a_given_cql_type() {
    assertThat(
            CqlLiterals.format(new java.util.Date(0), DataTypes.TIMESTAMP, CodecRegistry.DEFAULT))
        .isEqualTo("'1970-01-01T00:00:00.000+0000'");
    assertThat(CqlLiterals.format(5, DataTypes.INT, CodecRegistry.DEFAULT)).isEqualTo("5");
  }

  @Test
  void should_quote_user_type_names_in_their_cql_form() {
    UserDefinedType type =
        new UserDefinedType("Shop", "My Type", List.of("a"), List.of(DataTypes.INT), true);
    assertThat(type.asCql()).isEqualTo("frozen<\"Shop\".\"My Type\">");
  }
}
