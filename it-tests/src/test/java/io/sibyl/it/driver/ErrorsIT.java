package io.sibyl.it.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.Session;
import io.sibyl.driver.error.AlreadyExistsException;
import io.sibyl.driver.error.InvalidQueryException;
import io.sibyl.driver.error.SyntaxErrorException;
import io.sibyl.driver.error.UnauthorizedException;
import io.sibyl.it.support.SessionITBase;
import org.junit.jupiter.api.Test;

/** Server errors arrive as typed exceptions naming the node and the statement, never its values. */
class ErrorsIT extends SessionITBase {

  @Test
  void should_raise_a_syntax_error_naming_the_node_and_the_statement() {
    assertThatThrownBy(() -> session.execute("SELEKT * FROM nowhere"))
        .isInstanceOf(SyntaxErrorException.class)
        .hasMessageContaining("SELEKT * FROM nowhere")
        .hasMessageContaining(cluster.contactPoints().get(0).getAddress().getHostAddress())
        .satisfies(e -> assertThat(((SyntaxErrorException) e).node()).isNotNull());
  }

  @Test
  void should_raise_an_invalid_query_error_without_the_bound_values() {
    assertThatThrownBy(
            () -> session.execute("SELECT * FROM no_such_table WHERE id = ?", "secret-value"))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("no_such_table")
        .hasMessageNotContaining("secret-value");
  }

  @Test
  void should_raise_already_exists_with_the_keyspace_and_table() {
    session.execute("CREATE TABLE twice (id int PRIMARY KEY)");

    assertThatThrownBy(() -> session.execute("CREATE TABLE twice (id int PRIMARY KEY)"))
        .isInstanceOfSatisfying(
            AlreadyExistsException.class,
            e -> {
              assertThat(e.keyspace()).isEqualTo(keyspace);
              assertThat(e.table()).isEqualTo("twice");
            });
  }

  @Test
  void should_raise_unauthorized_for_a_user_without_the_permission() {
    session.execute("CREATE TABLE guarded (id int PRIMARY KEY)");
    session.execute("DROP ROLE IF EXISTS reader");
    session.execute("CREATE ROLE reader WITH PASSWORD = 'reader-pw' AND LOGIN = true");
    session.execute("GRANT SELECT ON " + keyspace + ".guarded TO reader");

    try (Session reader = newSession(builder -> builder.credentials("reader", "reader-pw"))) {
      reader.execute("SELECT * FROM " + keyspace + ".guarded");
      assertThatThrownBy(
              () -> reader.execute("INSERT INTO " + keyspace + ".guarded (id) VALUES (1)"))
          .isInstanceOf(UnauthorizedException.class)
          .hasMessageContaining("reader");
    }
  }
}
