package io.sibyl.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.Session;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.RepeatedTest;

@SibylTest(keyspacePerTest = true)
@CassandraScripts("authors.cql")
class SibylTestMethodScopeTest {
  private static final Set<String> KEYSPACES = ConcurrentHashMap.newKeySet();

  @RepeatedTest(2)
  void should_give_each_test_its_own_keyspace_with_the_class_scripts_run(
      Session session, @TestKeyspace String keyspace) {
    assertThat(KEYSPACES.add(keyspace)).as("a keyspace not seen before").isTrue();
    session.execute("DELETE FROM authors WHERE id = 1");
    // The other repetition's delete is not visible here: each has its own table.
    assertThat(session.execute("SELECT * FROM authors").all()).hasSize(1);
  }

  @AfterAll
  static void should_have_seen_two_keyspaces() {
    assertThat(KEYSPACES).hasSize(2);
  }
}
