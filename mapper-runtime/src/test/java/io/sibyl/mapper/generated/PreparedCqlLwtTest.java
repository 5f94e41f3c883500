package io.sibyl.mapper.generated;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PreparedCqlLwtTest {

  @Test
  void should_mark_a_conditional_repository_statement_as_an_lwt() {
    assertThat(
            new PreparedCql(
                    null, "INSERT INTO shop.items (id, v) VALUES (?, ?) IF NOT EXISTS", false)
                .lwt())
        .isTrue();
    assertThat(
            new PreparedCql(null, "UPDATE shop.items SET v = ? WHERE id = ? IF v = ?", false).lwt())
        .isTrue();
  }

  @Test
  void should_not_mark_a_plain_write_or_a_read_as_an_lwt() {
    assertThat(new PreparedCql(null, "INSERT INTO shop.items (id, v) VALUES (?, ?)", true).lwt())
        .isFalse();
    assertThat(new PreparedCql(null, "SELECT v FROM shop.items WHERE id = ?", true).lwt())
        .isFalse();
  }
}
