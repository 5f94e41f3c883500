package io.sibyl.it.schema;

import io.sibyl.driver.Session;
import io.sibyl.embedded.EmbeddedCassandra;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The separate-process migration scenarios of {@link MigrationProcessIT} on a real three-node
 * cluster with a keyspace replicated three times: the schema lock and history are read and written
 * at QUORUM / SERIAL by children that know all three nodes, and schema changes must reach every
 * node.
 */
@Tag("multi-node")
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class MigrationProcessClusterIT {

  private static final String KEYSPACE = "procs_rf3";

  private static EmbeddedCassandra cluster;
  private static Session session;
  private ProcessScenarios scenarios;

  @BeforeAll
  static void start() {
    cluster = EmbeddedCassandra.builder().nodes(3).start();
    try (Session admin = newSession(null)) {
      admin.execute(
          "CREATE KEYSPACE "
              + KEYSPACE
              + " WITH replication = {'class': 'NetworkTopologyStrategy', '"
              + cluster.localDatacenter()
              + "': 3}");
    }
    session = newSession(KEYSPACE);
  }

  private static Session newSession(String keyspace) {
    var builder =
        Session.builder()
            .addContactPoints(cluster.contactPoints())
            .localDatacenter(cluster.localDatacenter())
            .requestTimeout(Duration.ofSeconds(30));
    return keyspace == null ? builder.build() : builder.keyspace(keyspace).build();
  }

  @AfterAll
  static void stop() {
    if (session != null) {
      session.close();
    }
    if (cluster != null) {
      cluster.close();
    }
  }

  @BeforeEach
  void forgetHistory() {
    scenarios = new ProcessScenarios(cluster, session, KEYSPACE);
    scenarios.forgetHistory();
  }

  @Test
  void should_refuse_with_the_repair_message_on_three_nodes_after_a_process_was_killed_half_way()
      throws Exception {
    scenarios.refuseAfterKill();
  }

  @Test
  void should_complete_on_three_nodes_an_expansion_whose_process_was_killed_half_way()
      throws Exception {
    scenarios.completeApplyAfterKill();
  }

  @Test
  void should_abort_a_lock_holder_on_three_nodes_that_resumes_after_its_lease_expired()
      throws Exception {
    scenarios.abortPausedHolder();
  }

  @Test
  void should_apply_each_change_and_migration_exactly_once_on_three_nodes_from_eight_processes()
      throws Exception {
    scenarios.applyOnceFromEightProcesses();
  }

  @Test
  void should_not_interleave_a_resumed_holders_statements_with_the_new_holders_on_three_nodes()
      throws Exception {
    scenarios.pausedHolderDoesNotInterleave();
  }
}
