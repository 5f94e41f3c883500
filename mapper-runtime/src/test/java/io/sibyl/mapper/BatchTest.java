package io.sibyl.mapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.BatchStatement;
import io.sibyl.driver.Consistency;
import io.sibyl.driver.SimpleStatement;
import io.sibyl.mapper.observe.RepositoryObserver;
import org.junit.jupiter.api.Test;

class BatchTest {

  private static SimpleStatement statement(boolean idempotent) {
    return SimpleStatement.of("INSERT INTO t (k) VALUES (1)").withIdempotent(idempotent);
  }

  @Test
  void should_be_idempotent_when_every_statement_is() {
    Batch batch =
        new Batch(null, BatchStatement.Type.LOGGED, RepositoryObserver.NONE)
            .add(statement(true), statement(true));

    BatchStatement statement = batch.statement();

    assertThat(statement.idempotent()).isTrue();
    assertThat(statement.size()).isEqualTo(2);
    assertThat(statement.type()).isEqualTo(BatchStatement.Type.LOGGED);
  }

  @Test
  void should_not_be_idempotent_when_one_statement_is_not() {
    Batch batch =
        new Batch(null, BatchStatement.Type.UNLOGGED, RepositoryObserver.NONE)
            .add(statement(true), statement(false));

    assertThat(batch.statement().idempotent()).isFalse();
  }

  @Test
  void should_never_make_counter_batches_idempotent() {
    Batch batch =
        new Batch(null, BatchStatement.Type.COUNTER, RepositoryObserver.NONE).add(statement(true));

    assertThat(batch.statement().idempotent()).isFalse();
  }

  @Test
  void should_apply_batch_options() {
    Batch batch =
        new Batch(null, BatchStatement.Type.LOGGED, RepositoryObserver.NONE)
            .add(statement(true))
            .withOptions(QueryOptions.none().withConsistency(Consistency.QUORUM));

    assertThat(batch.statement().consistency()).isEqualTo(Consistency.QUORUM);
  }

  @Test
  void should_refuse_empty_batch() {
    assertThatThrownBy(
            () -> new Batch(null, BatchStatement.Type.LOGGED, RepositoryObserver.NONE).statement())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("add()");
  }
}
