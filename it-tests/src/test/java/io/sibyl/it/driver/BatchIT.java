package io.sibyl.it.driver;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.BatchStatement;
import io.sibyl.driver.PreparedStatement;
import io.sibyl.driver.SimpleStatement;
import io.sibyl.it.support.SessionITBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BatchIT extends SessionITBase {

  @BeforeAll
  static void createTables() {
    session.execute("CREATE TABLE batched (id int PRIMARY KEY, v text)");
    session.execute("CREATE TABLE counted (id int PRIMARY KEY, hits counter)");
  }

  @Test
  void should_apply_a_logged_batch_of_bound_and_simple_statements() {
    PreparedStatement insert = session.prepare("INSERT INTO batched (id, v) VALUES (?, ?)");
    session.execute(
        BatchStatement.logged(
            insert.bind(1, "one"),
            insert.bind(2, "two"),
            SimpleStatement.of("INSERT INTO batched (id, v) VALUES (?, ?)", 3, "three")));

    assertThat(session.execute("SELECT v FROM batched WHERE id IN (1, 2, 3)").all())
        .extracting(row -> row.getString("v"))
        .containsExactlyInAnyOrder("one", "two", "three");
  }

  @Test
  void should_apply_an_unlogged_batch() {
    PreparedStatement insert = session.prepare("INSERT INTO batched (id, v) VALUES (?, ?)");
    session.execute(BatchStatement.unlogged(insert.bind(10, "ten"), insert.bind(11, "eleven")));

    assertThat(session.execute("SELECT v FROM batched WHERE id = 11").one().getString(0))
        .isEqualTo("eleven");
  }

  @Test
  void should_apply_a_counter_batch() {
    PreparedStatement increment =
        session.prepare("UPDATE counted SET hits = hits + ? WHERE id = ?");
    session.execute(
        BatchStatement.counter(
            increment.bind(5L, 1), increment.bind(2L, 1), increment.bind(1L, 2)));

    assertThat(session.execute("SELECT hits FROM counted WHERE id = 1").one().getLong(0))
        .isEqualTo(7L);
    assertThat(session.execute("SELECT hits FROM counted WHERE id = 2").one().getLong(0))
        .isEqualTo(1L);
  }
}
