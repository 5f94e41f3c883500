package io.sibyl.it.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.sibyl.driver.PreparedStatement;
import io.sibyl.driver.Session;
import io.sibyl.driver.metadata.TokenMap;
import io.sibyl.it.support.SessionITBase;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code SessionBuilder.schemaMetadata(keyspaces...)} and {@code schemaMetadataEnabled(false)}. */
class SchemaMetadataScopeIT extends SessionITBase {
  private static final String OTHER = "it_schemametadatascope_other";

  @BeforeAll
  static void createTables() {
    session.execute("DROP KEYSPACE IF EXISTS " + OTHER);
    session.execute(
        "CREATE KEYSPACE "
            + OTHER
            + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
    session.execute("CREATE TABLE " + OTHER + ".unrelated (k int PRIMARY KEY, v int)");
    session.execute("CREATE TABLE mapped (k int PRIMARY KEY, v int)");
  }

  @AfterAll
  static void dropOther() {
    if (session != null) {
      session.execute("DROP KEYSPACE IF EXISTS " + OTHER);
    }
  }

  @Test
  void should_show_the_schema_of_the_chosen_keyspaces_only() {
    try (Session scoped = newSession(builder -> builder.schemaMetadata(keyspace))) {
      assertThat(scoped.metadata().keyspaces()).containsOnlyKeys(keyspace);
      assertThat(scoped.metadata().keyspaces().get(keyspace).tables()).containsKey("mapped");
      // The unscoped session sees every keyspace, the system ones included.
      assertThat(session.metadata().keyspaces()).containsKeys(keyspace, OTHER, "system");
    }
  }

  @Test
  void should_show_a_table_created_later_in_a_chosen_keyspace_and_ignore_others() {
    try (Session scoped = newSession(builder -> builder.schemaMetadata(keyspace))) {
      session.execute("CREATE TABLE " + OTHER + ".later_other (k int PRIMARY KEY)");
      session.execute("CREATE TABLE later_mapped (k int PRIMARY KEY)");

      await()
          .atMost(Duration.ofSeconds(20))
          .untilAsserted(
              () ->
                  assertThat(scoped.metadata().keyspaces().get(keyspace).tables())
                      .containsKey("later_mapped"));
      assertThat(scoped.metadata().keyspaces()).containsOnlyKeys(keyspace);
    }
  }

  @Test
  void should_keep_the_token_map_and_routing_with_schema_metadata_off() {
    try (Session bare =
        newSession(builder -> builder.schemaMetadataEnabled(false).keyspace(keyspace))) {
      assertThat(bare.metadata().keyspaces()).isEmpty();
      TokenMap tokens = bare.metadata().tokenMap().orElseThrow();
      PreparedStatement insert = bare.prepare("INSERT INTO mapped (k, v) VALUES (?, ?)");

      assertThat(tokens.replicas(keyspace, insert.bind(1, 1).routingKey())).hasSize(1);
      bare.execute(insert.bind(1, 1));
      assertThat(bare.execute("SELECT v FROM mapped WHERE k = 1").one().getInt(0)).isEqualTo(1);
    }
  }
}
