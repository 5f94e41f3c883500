package io.sibyl.mapper.internal.query;

import static io.sibyl.driver.BatchStatement.Type.COUNTER;
import static io.sibyl.driver.BatchStatement.Type.LOGGED;
import static io.sibyl.driver.BatchStatement.Type.UNLOGGED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.SimpleStatement;
import io.sibyl.mapper.query.BatchRefusedException;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchRulesTest {

  private static BatchEntry write(String table, int partition) {
    return new BatchEntry(
        "UPDATE " + table + " SET a = ?", "UPDATE", table, key(partition), false, false, false);
  }

  private static BatchEntry conditional(String table, int partition) {
    return new BatchEntry(
        "UPDATE " + table + " SET a = ? WHERE k = ? IF EXISTS",
        "UPDATE",
        table,
        key(partition),
        false,
        true,
        false);
  }

  private static BatchEntry counter(String table) {
    return new BatchEntry(
        "UPDATE " + table + " SET c = c + ?", "UPDATE", table, key(1), true, false, false);
  }

  private static ByteBuffer key(int partition) {
    return ByteBuffer.allocate(4).putInt(0, partition);
  }

  @Test
  void should_refuse_a_select() {
    BatchEntry select = BatchEntry.of(SimpleStatement.of("select * from ks.t where k = 1"));

    assertThatThrownBy(() -> BatchRules.check(LOGGED, List.of(), select, false))
        .isInstanceOf(BatchRefusedException.class)
        .hasMessageContaining("only INSERT, UPDATE and DELETE")
        .hasMessageContaining("run SELECT on its own");
  }

  @Test
  void should_accept_writes_of_several_tables_and_partitions_in_a_logged_batch() {
    assertThatCode(
            () ->
                BatchRules.check(
                    LOGGED, List.of(write("ks.a", 1), write("ks.b", 2)), write("ks.a", 3), true))
        .doesNotThrowAnyException();
  }

  @Test
  void should_refuse_a_counter_update_in_a_logged_or_unlogged_batch() {
    assertThatThrownBy(() -> BatchRules.check(LOGGED, List.of(), counter("ks.c"), false))
        .isInstanceOf(BatchRefusedException.class)
        .hasMessageContaining("counter updates cannot be logged")
        .hasMessageContaining("QueryBatch.counter(mapper)");
    assertThatThrownBy(() -> BatchRules.check(UNLOGGED, List.of(), counter("ks.c"), false))
        .isInstanceOf(BatchRefusedException.class)
        .hasMessageContaining("counter batch");
  }

  @Test
  void should_refuse_a_regular_write_in_a_counter_batch() {
    assertThatCode(() -> BatchRules.check(COUNTER, List.of(), counter("ks.c"), true))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () -> BatchRules.check(COUNTER, List.of(counter("ks.c")), write("ks.a", 1), false))
        .isInstanceOf(BatchRefusedException.class)
        .hasMessageContaining("a counter batch holds only counter updates");
  }

  @Test
  void should_refuse_conditions_across_partitions() {
    assertThatThrownBy(
            () ->
                BatchRules.check(LOGGED, List.of(write("ks.a", 1)), conditional("ks.a", 2), false))
        .isInstanceOf(BatchRefusedException.class)
        .hasMessageContaining("one partition only")
        .hasMessageContaining("one batch per partition");
    assertThatThrownBy(
            () ->
                BatchRules.check(
                    UNLOGGED, List.of(conditional("ks.a", 1)), write("ks.a", 2), false))
        .isInstanceOf(BatchRefusedException.class)
        .hasMessageContaining("one partition only");
  }

  @Test
  void should_refuse_conditions_across_tables() {
    assertThatThrownBy(
            () ->
                BatchRules.check(LOGGED, List.of(conditional("ks.a", 1)), write("ks.b", 1), false))
        .isInstanceOf(BatchRefusedException.class)
        .hasMessageContaining("one table only")
        .hasMessageContaining("writes to ks.a");
  }

  @Test
  void should_accept_conditions_on_one_partition() {
    assertThatCode(
            () ->
                BatchRules.check(
                    LOGGED, List.of(conditional("ks.a", 1)), conditional("ks.a", 1), false))
        .doesNotThrowAnyException();
  }

  @Test
  void should_refuse_a_shared_timestamp_with_conditions() {
    assertThatThrownBy(() -> BatchRules.check(LOGGED, List.of(), conditional("ks.a", 1), true))
        .isInstanceOf(BatchRefusedException.class)
        .hasMessageContaining("drop withTimestamp(...)");
    assertThatThrownBy(
            () -> BatchRules.checkSharedTimestamp(LOGGED, List.of(conditional("ks.a", 1))))
        .isInstanceOf(BatchRefusedException.class)
        .hasMessageContaining("Paxos");
  }

  @Test
  void should_read_conditions_and_verbs_from_simple_statements() {
    BatchEntry entry =
        BatchEntry.of(SimpleStatement.of("  insert into ks.t (k) values (1) if not exists"));

    org.assertj.core.api.Assertions.assertThat(entry.verb()).isEqualTo("INSERT");
    org.assertj.core.api.Assertions.assertThat(entry.conditional()).isTrue();
    org.assertj.core.api.Assertions.assertThat(
            BatchEntry.of(SimpleStatement.of("UPDATE ks.t SET \"if\" = 1 WHERE k = 1"))
                .conditional())
        .isFalse();
  }

  private static BatchEntry timestamped(String table) {
    return BatchEntry.of(
        SimpleStatement.of(
            "UPDATE " + table + " USING TTL 5 AND TIMESTAMP 7 SET a = 1 WHERE k = 1"));
  }

  @Test
  void should_read_a_statement_s_own_timestamp() {
    assertThat(timestamped("ks.a").timestamped()).isTrue();
    assertThat(
            BatchEntry.of(
                    SimpleStatement.of("INSERT INTO ks.a (k, a) VALUES (1, 2) USING TIMESTAMP ?"))
                .timestamped())
        .isTrue();
    assertThat(
            BatchEntry.of(
                    SimpleStatement.of("UPDATE ks.a USING TTL ? SET timestamp = ? WHERE k = 1"))
                .timestamped())
        .isFalse();
  }

  @Test
  void should_refuse_a_statement_timestamp_in_a_batch_with_a_shared_timestamp() {
    assertThatThrownBy(() -> BatchRules.check(LOGGED, List.of(), timestamped("ks.a"), true))
        .isInstanceOf(BatchRefusedException.class)
        .hasMessage(
            "Cannot add [UPDATE ks.a USING TTL 5 AND TIMESTAMP 7 SET a = 1 WHERE k = 1] to a logged"
                + " batch: it sets its own timestamp (USING TIMESTAMP) and the batch sets one for"
                + " all its statements; drop usingTimestamp(...) or the batch's withTimestamp(...)");
    assertThatThrownBy(() -> BatchRules.checkSharedTimestamp(LOGGED, List.of(timestamped("ks.a"))))
        .isInstanceOf(BatchRefusedException.class)
        .hasMessage(
            "Cannot set a timestamp on a batch holding [UPDATE ks.a USING TTL 5 AND TIMESTAMP 7 SET"
                + " a = 1 WHERE k = 1], which sets its own (USING TIMESTAMP): drop one of them");
  }

  @Test
  void should_refuse_a_timestamp_on_a_counter_batch() {
    assertThatThrownBy(() -> BatchRules.checkSharedTimestamp(COUNTER, List.of()))
        .isInstanceOf(BatchRefusedException.class)
        .hasMessage(
            "Cannot set a timestamp on a counter batch: counter updates take no custom timestamp;"
                + " drop withTimestamp(...)");
  }
}
