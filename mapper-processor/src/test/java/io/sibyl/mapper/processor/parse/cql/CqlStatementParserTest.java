package io.sibyl.mapper.processor.parse.cql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.mapper.processor.model.Operator;
import io.sibyl.mapper.processor.parse.cql.CqlStatementParser.Kind;
import io.sibyl.mapper.processor.parse.cql.CqlStatementParser.Parsed;
import java.util.List;
import org.junit.jupiter.api.Test;

class CqlStatementParserTest {

  private static List<String> columns(Parsed parsed) {
    return parsed.columns().stream().map(CqlLexer.Token::text).toList();
  }

  @Test
  void should_find_table_columns_and_markers_of_a_select() throws Exception {
    Parsed parsed =
        CqlStatementParser.parse(
            "SELECT id, writetime(name) AS w, count(*) FROM shop.users"
                + " WHERE id IN :ids AND age > ? LIMIT :n");

    assertThat(parsed.kind()).isEqualTo(Kind.SELECT);
    assertThat(parsed.keyspace().text()).isEqualTo("shop");
    assertThat(parsed.table().text()).isEqualTo("users");
    assertThat(columns(parsed)).containsExactly("id", "name", "id", "age");
    assertThat(parsed.markers()).hasSize(3);
    assertThat(parsed.markers().get(0).operator()).isEqualTo(Operator.IN);
    assertThat(parsed.markers().get(1).column().text()).isEqualTo("age");
    assertThat(parsed.markers().get(2).column()).isNull();
  }

  @Test
  void should_keep_the_where_relations_and_allow_filtering_of_a_select() throws Exception {
    Parsed parsed =
        CqlStatementParser.parse(
            "SELECT * FROM users WHERE id = ? AND age > 30 LIMIT 5 ALLOW FILTERING");

    assertThat(parsed.where())
        .extracting(r -> r.column().text() + " " + r.operator())
        .containsExactly("id EQ", "age GT");
    assertThat(parsed.allowFiltering()).isTrue();
  }

  @Test
  void should_leave_where_unknown_when_it_has_a_token_relation() throws Exception {
    Parsed parsed = CqlStatementParser.parse("SELECT * FROM users WHERE token(id) > ?");

    assertThat(parsed.where()).isNull();
    assertThat(parsed.allowFiltering()).isFalse();
  }

  @Test
  void should_map_insert_values_to_columns() throws Exception {
    Parsed parsed =
        CqlStatementParser.parse(
            "INSERT INTO users (id, name) VALUES (:id, :name) IF NOT EXISTS USING TTL :ttl");

    assertThat(parsed.kind()).isEqualTo(Kind.INSERT);
    assertThat(parsed.conditional()).isTrue();
    assertThat(parsed.markers().get(1).column().text()).isEqualTo("name");
    assertThat(parsed.markers().get(2).column()).isNull();
  }

  @Test
  void should_detect_self_assignments_and_conditions_of_updates() throws Exception {
    Parsed parsed =
        CqlStatementParser.parse(
            "UPDATE users USING TTL 10 SET visits = visits + ?, name = ? WHERE id = ? IF name = ?");

    assertThat(parsed.selfAssigned()).extracting(CqlLexer.Token::text).containsExactly("visits");
    assertThat(parsed.conditional()).isTrue();
    assertThat(parsed.markers().get(1).column().text()).isEqualTo("name");
    assertThat(parsed.markers().get(2).column().text()).isEqualTo("id");
  }

  @Test
  void should_detect_non_deterministic_functions() throws Exception {
    assertThat(
            CqlStatementParser.parse("INSERT INTO t (id, at) VALUES (?, now())").nonDeterministic())
        .isTrue();
    assertThat(CqlStatementParser.parse("DELETE FROM t WHERE id = ?").nonDeterministic()).isFalse();
  }

  @Test
  void should_skip_strings_comments_and_literals() throws Exception {
    Parsed parsed =
        CqlStatementParser.parse(
            "SELECT * FROM t -- a comment with :fake\n"
                + " WHERE id = 123e4567-e89b-12d3-a456-426655440000 AND name = 'it''s ?'");

    assertThat(parsed.markers()).isEmpty();
    assertThat(columns(parsed)).containsExactly("id", "name");
  }

  @Test
  void should_refuse_statements_it_cannot_read() {
    assertThatThrownBy(() -> CqlStatementParser.parse("SELECT id WHERE x = 1"))
        .hasMessageContaining("FROM");
    assertThatThrownBy(() -> CqlStatementParser.parse("SELECT 'open"))
        .hasMessageContaining("not closed");
  }
}
