package io.sibyl.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class StatementOptionsTest {

  @Test
  void should_leave_the_original_unchanged_when_copying_with_an_option() {
    SimpleStatement original = SimpleStatement.of("SELECT * FROM t");
    SimpleStatement copy =
        original
            .withConsistency(Consistency.QUORUM)
            .withPageSize(100)
            .withTimeout(Duration.ofSeconds(3))
            .withIdempotent(true)
            .withTimestamp(42L);

    assertThat(original.consistency()).isNull();
    assertThat(original.pageSize()).isZero();
    assertThat(original.idempotent()).isNull();
    assertThat(original.timestamp()).isEqualTo(Statement.NO_TIMESTAMP);
    assertThat(copy.consistency()).isEqualTo(Consistency.QUORUM);
    assertThat(copy.pageSize()).isEqualTo(100);
    assertThat(copy.timeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(copy.idempotent()).isTrue();
    assertThat(copy.timestamp()).isEqualTo(42L);
    assertThat(copy.query()).isEqualTo("SELECT * FROM t");
  }

  @Test
  void should_refuse_a_non_serial_level_as_serial_consistency() {
    assertThatThrownBy(() -> SimpleStatement.of("x").withSerialConsistency(Consistency.QUORUM))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SERIAL or LOCAL_SERIAL");
  }

  @Test
  void should_refuse_a_negative_page_size_and_a_zero_timeout() {
    assertThatThrownBy(() -> SimpleStatement.of("x").withPageSize(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SimpleStatement.of("x").withTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void should_not_let_callers_move_the_stored_paging_state() {
    ByteBuffer state = ByteBuffer.wrap(new byte[] {1, 2, 3});
    SimpleStatement statement = SimpleStatement.of("x").withPagingState(state);
    statement.pagingState().get();

    assertThat(statement.pagingState().remaining()).isEqualTo(3);
  }

  @Test
  void should_append_statements_to_a_copy_of_a_batch() {
    BatchStatement batch = BatchStatement.logged(SimpleStatement.of("a"));
    BatchStatement bigger = batch.add(SimpleStatement.of("b"));

    assertThat(batch.size()).isEqualTo(1);
    assertThat(bigger.size()).isEqualTo(2);
    assertThat(bigger.type()).isEqualTo(BatchStatement.Type.LOGGED);
  }
}
