package io.sibyl.it.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.sibyl.driver.Session;
import io.sibyl.driver.metadata.KeyspaceMetadata;
import io.sibyl.it.support.SessionITBase;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.schema.SchemaMode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A session built with {@code schemaMetadataOnDemand()} and a mapper on it: the mapper adds its
 * keyspaces to the session's schema metadata, which then holds them and none of the unrelated
 * keyspaces, is not refreshed by their schema changes, and still lets schema sync plan.
 */
@Timeout(180)
class MapperSchemaMetadataScopeIT extends SessionITBase {
  private static final int UNRELATED = 3;
  private static final String PREFIX = "it_mappermetadatascope_other";

  @BeforeAll
  static void createUnrelatedKeyspaces() {
    for (int i = 0; i < UNRELATED; i++) {
      session.execute("DROP KEYSPACE IF EXISTS " + PREFIX + i);
      session.execute(
          "CREATE KEYSPACE "
              + PREFIX
              + i
              + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
      session.execute("CREATE TABLE " + PREFIX + i + ".unrelated (k int PRIMARY KEY, v int)");
    }
  }

  @AfterAll
  static void dropUnrelatedKeyspaces() {
    if (session != null) {
      for (int i = 0; i < UNRELATED; i++) {
        session.execute("DROP KEYSPACE IF EXISTS " + PREFIX + i);
      }
    }
  }

  @Test
  void should_hold_the_mapped_keyspace_only_and_plan_schema_sync_from_it() {
    try (Session onDemand = newSession(builder -> builder.schemaMetadataOnDemand())) {
      assertThat(onDemand.metadata().keyspaces()).isEmpty();
      assertThat(onDemand.metadata().tokenMap()).isPresent();

      try (Mapper mapper =
          Mapper.builder(onDemand)
              .keyspace(keyspace)
              .schemaEntities(SyncUser.class)
              .schemaMode(SchemaMode.APPLY_SAFE)
              .build()) {

        assertThat(onDemand.metadata().keyspaces()).containsOnlyKeys(keyspace);
        assertThat(onDemand.metadata().keyspaces().get(keyspace).table("sync_user")).isPresent();
        assertThat(mapper.schema().plan().safeChanges()).isEmpty();
      }
      // The shared session reads every keyspace: the unrelated ones are there.
      assertThat(session.metadata().keyspaces()).containsKeys(keyspace, PREFIX + 0, "system");
    }
  }

  @Test
  void should_validate_on_a_fresh_on_demand_session() {
    try (Session first = newSession(builder -> builder.schemaMetadataOnDemand());
        Mapper creating =
            Mapper.builder(first)
                .keyspace(keyspace)
                .schemaEntities(SyncUser.class)
                .schemaMode(SchemaMode.APPLY_SAFE)
                .build()) {
      assertThat(first.metadata().keyspaces()).containsOnlyKeys(keyspace);
    }
    try (Session fresh = newSession(builder -> builder.schemaMetadataOnDemand());
        Mapper validating =
            Mapper.builder(fresh)
                .keyspace(keyspace)
                .schemaEntities(SyncUser.class)
                .schemaMode(SchemaMode.VALIDATE)
                .build()) {
      assertThat(fresh.metadata().keyspaces()).containsOnlyKeys(keyspace);
    }
  }

  @Test
  void should_refresh_on_changes_of_the_mapped_keyspace_only() {
    try (Session onDemand = newSession(builder -> builder.schemaMetadataOnDemand());
        Mapper mapper = Mapper.builder(onDemand).keyspace(keyspace).build()) {
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> onDemand.metadata().keyspaces().containsKey(keyspace));
      Map<String, KeyspaceMetadata> before = onDemand.metadata().keyspaces();

      session.execute("CREATE TABLE " + PREFIX + 1 + ".later (k int PRIMARY KEY)");

      // No refresh: each refresh replaces the map.
      await()
          .during(Duration.ofMillis(1500))
          .atMost(Duration.ofSeconds(5))
          .until(() -> onDemand.metadata().keyspaces() == before);

      session.execute("CREATE TABLE " + keyspace + ".later_mapped (k int PRIMARY KEY)");
      await()
          .atMost(Duration.ofSeconds(20))
          .untilAsserted(
              () ->
                  assertThat(onDemand.metadata().keyspaces().get(keyspace).table("later_mapped"))
                      .isPresent());
      assertThat(onDemand.metadata().keyspaces()).containsOnlyKeys(keyspace);
    }
  }

  @Test
  void should_read_a_keyspace_when_it_is_asked_for() {
    try (Session onDemand = newSession(builder -> builder.schemaMetadataOnDemand())) {
      assertThat(onDemand.metadata().keyspace(PREFIX + 2)).isPresent();

      assertThat(onDemand.metadata().keyspaces()).containsOnlyKeys(PREFIX + 2);
    }
  }
}
