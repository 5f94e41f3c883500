package io.sibyl.it.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.BoundStatement;
import io.sibyl.driver.Consistency;
import io.sibyl.driver.PreparedStatement;
import io.sibyl.driver.Row;
import io.sibyl.driver.error.CodecNotFoundException;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.it.support.SessionITBase;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PreparedStatementIT extends SessionITBase {

  @BeforeAll
  static void createTable() {
    session.execute("CREATE TABLE users (id uuid PRIMARY KEY, name text, age int)");
  }

  @Test
  void should_prepare_once_per_query_text() {
    PreparedStatement first = session.prepare("SELECT name FROM users WHERE id = ?");
    PreparedStatement second = session.prepare("SELECT name FROM users WHERE id = ?");

    assertThat(second).isSameAs(first);
    assertThat(first.variableDefinitions().size()).isEqualTo(1);
    assertThat(first.variableDefinitions().type(0)).isEqualTo(DataTypes.UUID);
    assertThat(first.resultDefinitions().get(0).name()).isEqualTo("name");
    assertThat(first.partitionKeyIndices()).containsExactly(0);
  }

  @Test
  void should_bind_named_markers_by_name() {
    PreparedStatement insert =
        session.prepare("INSERT INTO users (id, name, age) VALUES (:id, :name, :age)");
    UUID id = UUID.randomUUID();
    BoundStatement bound =
        insert.bind().setUuid("id", id).setString("name", "Ada").setInt("age", 36);
    session.execute(bound.withConsistency(Consistency.QUORUM));

    Row row =
        session
            .execute(session.prepare("SELECT name, age FROM users WHERE id = :id").bind(id))
            .one();
    assertThat(row.getString("name")).isEqualTo("Ada");
    assertThat(row.getInt("age")).isEqualTo(36);
  }

  @Test
  void should_say_which_variable_a_value_does_not_fit() {
    PreparedStatement insert = session.prepare("INSERT INTO users (id, age) VALUES (?, ?)");

    assertThatThrownBy(() -> insert.bind(UUID.randomUUID(), "thirty-six"))
        .isInstanceOf(CodecNotFoundException.class)
        .hasMessageContaining("'age'")
        .hasMessageContaining("int")
        .hasMessageContaining("java.lang.String");
  }

  @Test
  void should_reprepare_transparently_after_the_table_was_recreated() {
    session.execute("CREATE TABLE volatile_table (id int PRIMARY KEY, v text)");
    PreparedStatement insert = session.prepare("INSERT INTO volatile_table (id, v) VALUES (?, ?)");
    session.execute(insert.bind(1, "before"));

    session.execute("DROP TABLE volatile_table");
    session.execute("CREATE TABLE volatile_table (id int PRIMARY KEY, v text)");
    session.execute(insert.bind(2, "after"));

    assertThat(session.execute("SELECT v FROM volatile_table WHERE id = 2").one().getString(0))
        .isEqualTo("after");
  }

  @Test
  void should_read_the_new_column_of_a_prepared_select_star_after_alter_table() {
    session.execute("CREATE TABLE widening (id int PRIMARY KEY, a text)");
    session.execute("INSERT INTO widening (id, a) VALUES (1, 'x')");
    PreparedStatement select = session.prepare("SELECT * FROM widening WHERE id = ?");
    assertThat(session.execute(select.bind(1)).one().size()).isEqualTo(2);

    session.execute("ALTER TABLE widening ADD b int");
    session.execute("UPDATE widening SET b = 7 WHERE id = 1");
    // The first answer brings the changed metadata (v5: a new metadata id); the next ones skip it
    // and are read with the columns the first one recorded.
    for (int i = 0; i < 3; i++) {
      Row row = session.execute(select.bind(1)).one();
      assertThat(row.size()).isEqualTo(3);
      assertThat(row.getString("a")).isEqualTo("x");
      assertThat(row.getInt("b")).isEqualTo(7);
    }
  }
}
