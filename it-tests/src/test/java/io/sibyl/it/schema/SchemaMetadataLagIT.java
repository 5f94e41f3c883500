package io.sibyl.it.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.sibyl.driver.Session;
import io.sibyl.driver.SessionBuilder;
import io.sibyl.it.support.SessionITBase;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.schema.Migration;
import io.sibyl.mapper.schema.MigrationScripts;
import io.sibyl.mapper.schema.SchemaInstance;
import io.sibyl.mapper.schema.SchemaMode;
import io.sibyl.testsupport.proxy.Direction;
import io.sibyl.testsupport.proxy.FaultProxy;
import io.sibyl.testsupport.proxy.FaultRule;
import io.sibyl.testsupport.proxy.ProxiedConnection;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What one instance reads of Sibyl's bookkeeping right after another instance created it: a session
 * hears of new tables through an event on its control connection, a moment later, so the answers
 * must come from the nodes, not from its schema metadata. The observing session reaches the node
 * through a proxy that can hold back its control connection's events, which makes the lag last.
 */
@Timeout(120)
class SchemaMetadataLagIT extends SessionITBase {

  private static final String LOCATION = "io/sibyl/it/schema/migration";

  private FaultProxy proxy;
  private Session observer;

  @BeforeEach
  void startWithoutBookkeeping() {
    for (String table :
        List.of("sibyl_schema_history", "sibyl_schema_models", "sibyl_schema_instances", "notes")) {
      session.execute("DROP TABLE IF EXISTS " + table);
    }
    // Opened now: its metadata shows none of Sibyl's tables.
    proxy = FaultProxy.start(cluster.contactPoints().get(0));
    SessionBuilder builder =
        Session.builder()
            .addContactPoint(proxy.address())
            .localDatacenter(cluster.localDatacenter())
            .keyspace(keyspace);
    if (cluster.username() != null) {
      builder.credentials(cluster.username(), cluster.password());
    }
    observer = builder.build();
  }

  @AfterEach
  void closeObserver() {
    proxy.connections().forEach(c -> c.clearRule(Direction.SERVER_TO_CLIENT));
    observer.close();
    proxy.close();
  }

  /** Holds back what the node sends on the control connection (the first one the session opens). */
  private void holdBackSchemaEvents() {
    ProxiedConnection control =
        proxy.connections().stream()
            .min(Comparator.comparingLong(ProxiedConnection::id))
            .orElseThrow();
    control.rule(Direction.SERVER_TO_CLIENT, FaultRule.pause());
  }

  @Test
  void should_list_an_instance_that_registered_before_this_session_heard_of_the_registry() {
    Mapper looking =
        Mapper.builder(observer).keyspace(keyspace).schemaEntities(SyncUser.class).build();
    assertThat(looking.schema().instances()).isEmpty();
    holdBackSchemaEvents();

    try (Session other = newSession(builder -> builder.keyspace(keyspace));
        Mapper running =
            Mapper.builder(other)
                .keyspace(keyspace)
                .schemaEntities(SyncUser.class)
                .schemaMode(SchemaMode.APPLY_SAFE)
                .appVersion("2.0")
                .build()) {

      List<SchemaInstance> instances = looking.schema().instances();

      assertThat(instances)
          .extracting(SchemaInstance::fingerprint, SchemaInstance::appVersion)
          .containsExactly(tuple(running.schema().fingerprint(), "2.0"));
    }
  }

  @Test
  void should_read_pending_migrations_from_the_nodes_with_version_description_and_checksum() {
    Mapper looking =
        Mapper.builder(observer)
            .keyspace(keyspace)
            .migrations(LOCATION)
            .schemaEntities(Void.class)
            .build();
    List<Migration> files = MigrationScripts.load(getClass().getClassLoader(), LOCATION);

    List<Migration> before = looking.schema().pendingMigrations();

    assertThat(before)
        .extracting(Migration::version, Migration::description, Migration::checksum)
        .containsExactly(
            tuple("1", "create notes", files.get(0).checksum()),
            tuple("2", "add author", files.get(1).checksum()),
            tuple("10", "seed", files.get(2).checksum()));
    assertThat(files.get(0).checksum()).hasSize(64).isNotEqualTo(files.get(1).checksum());

    try (Session other = newSession(builder -> {})) {
      Mapper.builder(other)
          .keyspace(keyspace)
          .migrations(LOCATION)
          .schemaEntities(Void.class)
          .build()
          .schema()
          .migrate();
    }

    assertThat(looking.schema().pendingMigrations()).isEmpty();
  }
}
