package io.sibyl.it.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.sibyl.driver.Row;
import io.sibyl.driver.Session;
import io.sibyl.driver.metadata.TableMetadata;
import io.sibyl.it.support.SessionITBase;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.schema.ChangeKind;
import io.sibyl.mapper.schema.SchemaChange;
import io.sibyl.mapper.schema.SchemaContractRefusedException;
import io.sibyl.mapper.schema.SchemaInstance;
import io.sibyl.mapper.schema.SchemaMode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A rolling deploy and its rollback: version 1 of a model runs, version 2 (a new column with an
 * index, a new table, a column no longer mapped) is applied by another instance, then version 1
 * restarts.
 */
@Timeout(120)
class RollingDeployIT extends SessionITBase {

  private static TableMetadata item() {
    session.refreshSchema();
    return session.metadata().keyspace(keyspace).orElseThrow().table("deploy_item").orElseThrow();
  }

  @Test
  void should_start_an_older_model_after_a_newer_one_was_applied_and_drop_nothing() {
    Mapper.builder(session)
        .schemaEntities(DeployItemV1.class)
        .schemaMode(SchemaMode.APPLY_SAFE)
        .build()
        .close();
    session.execute("INSERT INTO deploy_item (id, name, legacy) VALUES (1, 'one', 'old')");
    Mapper.builder(session)
        .schemaEntities(DeployItemV2.class, DeployReview.class)
        .schemaMode(SchemaMode.APPLY_SAFE)
        .build()
        .close();
    session.execute("UPDATE deploy_item SET rating = 5 WHERE id = 1");

    // Rollback: version 1 starts again, next to the column and table it does not know.
    try (Mapper v1 =
        Mapper.builder(session)
            .schemaEntities(DeployItemV1.class)
            .schemaMode(SchemaMode.APPLY_SAFE)
            .build()) {
      // v1's own insert (the query DSL; no @Repository here: MapperIT prepares every one).
      v1.table(DeployItemV1.class).insert(new DeployItemV1(1, "uno", "old")).execute();

      assertThat(item().columns()).containsKeys("rating", "legacy");
      assertThat(item().indexes()).hasSize(1);
      assertThat(session.metadata().keyspace(keyspace).orElseThrow().table("deploy_review"))
          .isPresent();
      // Reported, for contract() only: the column v2 added and the table only v2 mapped.
      assertThat(v1.schema().plan().changes())
          .extracting(c -> c.kind() + " " + c.target())
          .containsExactlyInAnyOrder(
              "DROP_INDEX " + keyspace + ".deploy_item.rating index deploy_item_rating_idx",
              "DROP_COLUMN " + keyspace + ".deploy_item.rating",
              "DROP_TABLE " + keyspace + ".deploy_review");
      Row row = session.execute("SELECT name, rating FROM deploy_item WHERE id = 1").one();
      assertThat(row.getString("name")).isEqualTo("uno");
      assertThat(row.getInt("rating")).isEqualTo(5);

      // The rollback is final and v2 is gone: v1 contracts what only v2 mapped.
      assertThat(v1.schema().contract().changes())
          .extracting(SchemaChange::kind)
          .containsExactly(ChangeKind.DROP_INDEX, ChangeKind.DROP_COLUMN, ChangeKind.DROP_TABLE);
      assertThat(item().columns()).doesNotContainKey("rating").containsKey("legacy");
      assertThat(session.metadata().keyspace(keyspace).orElseThrow().table("deploy_review"))
          .isEmpty();
    }
  }

  @Test
  void should_not_drop_a_newer_column_at_startup_even_when_drops_are_allowed() {
    session.execute("DROP TABLE IF EXISTS deploy_item");
    Mapper.builder(session)
        .schemaEntities(DeployItemV2.class)
        .schemaMode(SchemaMode.APPLY_SAFE)
        .build()
        .close();
    session.execute("INSERT INTO deploy_item (id, name, rating) VALUES (2, 'two', 7)");

    Mapper.builder(session)
        .schemaEntities(DeployItemV1.class)
        .allowSchemaChanges(ChangeKind.DROP_COLUMN)
        .schemaMode(SchemaMode.APPLY_SAFE)
        .build()
        .close();

    assertThat(item().columns()).containsKeys("rating", "legacy");
    assertThat(
            session.execute("SELECT rating FROM deploy_item WHERE id = 2").one().getInt("rating"))
        .isEqualTo(7);
  }

  @Test
  void should_refuse_to_contract_while_an_older_model_is_alive_and_contract_after() {
    session.execute("DROP TABLE IF EXISTS deploy_item");
    session.execute("DROP TABLE IF EXISTS deploy_review");
    Session v1Session = newSession(b -> b.keyspace(keyspace));
    Session oldSession = newSession(b -> b.keyspace(keyspace));
    Mapper crashed = null;
    try {
      Mapper v1 = v1(v1Session, "1.0");
      crashed = v1(oldSession, "0.9");
      Mapper v2 =
          Mapper.builder(session)
              .schemaEntities(DeployItemV2.class, DeployReview.class)
              .schemaMode(SchemaMode.APPLY_SAFE)
              .appVersion("2.0")
              .schemaHeartbeat(Duration.ofSeconds(2))
              .build();
      assertThat(v2.schema().instances())
          .extracting(SchemaInstance::appVersion)
          .containsExactlyInAnyOrder("1.0", "0.9", "2.0");
      assertThat(v2.schema().plan().contractions())
          .extracting(c -> c.kind() + " " + c.target())
          .containsExactly("DROP_COLUMN " + keyspace + ".deploy_item.legacy");

      assertThatThrownBy(() -> v2.schema().contract())
          .isInstanceOfSatisfying(
              SchemaContractRefusedException.class, e -> assertThat(e.blocking()).hasSize(2))
          .hasMessageContaining("app version 1.0")
          .hasMessageContaining("still maps " + keyspace + ".deploy_item.legacy");
      assertThat(item().columns()).containsKey("legacy");

      // v1 stops cleanly; the other old instance dies without closing: its heartbeat expires.
      v1.close();
      oldSession.close();
      await()
          .atMost(Duration.ofSeconds(20))
          .untilAsserted(
              () ->
                  assertThat(v2.schema().instances())
                      .extracting(SchemaInstance::appVersion)
                      .containsExactly("2.0"));

      assertThat(v2.schema().contract().changes())
          .extracting(SchemaChange::kind)
          .containsExactly(ChangeKind.DROP_COLUMN);
      assertThat(item().columns()).doesNotContainKey("legacy").containsKey("rating");
      // Tables no model of this application mapped are never touched.
      assertThat(session.metadata().keyspace(keyspace).orElseThrow().table("deploy_review"))
          .isPresent();
      v2.close();
    } finally {
      if (crashed != null) {
        crashed.close(); // stops its heartbeat thread; its session is already closed
      }
      v1Session.close();
      oldSession.close();
    }
  }

  private static Mapper v1(Session own, String version) {
    return Mapper.builder(own)
        .schemaEntities(DeployItemV1.class)
        .schemaMode(SchemaMode.APPLY_SAFE)
        .appVersion(version)
        .schemaHeartbeat(Duration.ofSeconds(2))
        .build();
  }
}
