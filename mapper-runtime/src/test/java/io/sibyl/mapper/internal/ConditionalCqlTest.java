package io.sibyl.mapper.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConditionalCqlTest {

  @Test
  void should_find_the_if_clause_of_conditional_writes() {
    assertThat(ConditionalCql.isConditional("INSERT INTO ks.t (k, v) VALUES (?, ?) IF NOT EXISTS"))
        .isTrue();
    assertThat(ConditionalCql.isConditional("update t SET v = ? WHERE k = ? if v = ?")).isTrue();
    assertThat(ConditionalCql.isConditional("DELETE FROM t WHERE k = ? IF EXISTS")).isTrue();
    assertThat(
            ConditionalCql.isConditional(
                "BEGIN BATCH UPDATE t SET v = 1 WHERE k = 0 IF v = 0; APPLY BATCH"))
        .isTrue();
  }

  @Test
  void should_not_count_if_in_literals_quoted_names_or_comments() {
    assertThat(ConditionalCql.isConditional("UPDATE t SET v = 'IF x' WHERE k = ?")).isFalse();
    assertThat(ConditionalCql.isConditional("UPDATE t SET \"if\" = ? WHERE k = ?")).isFalse();
    assertThat(ConditionalCql.isConditional("UPDATE t SET v = ? WHERE k = ? -- IF v = 1"))
        .isFalse();
    assertThat(ConditionalCql.isConditional("UPDATE t /* IF */ SET v = 'it''s IF' WHERE k = ?"))
        .isFalse();
    assertThat(ConditionalCql.isConditional("UPDATE t SET iffy = ? WHERE k = ?")).isFalse();
  }

  @Test
  void should_not_count_reads_or_schema_statements() {
    assertThat(ConditionalCql.isConditional("SELECT v FROM t WHERE k = ?")).isFalse();
    assertThat(ConditionalCql.isConditional("CREATE TABLE IF NOT EXISTS t (k int PRIMARY KEY)"))
        .isFalse();
    assertThat(ConditionalCql.isConditional("INSERT INTO t (k, v) VALUES (?, ?)")).isFalse();
  }
}
