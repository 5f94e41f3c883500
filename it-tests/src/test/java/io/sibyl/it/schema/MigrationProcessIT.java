package io.sibyl.it.schema;

import io.sibyl.it.support.SessionITBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Migrations applied by separate JVM processes on the shared single node, killed ({@code SIGKILL})
 * or paused ({@code SIGSTOP}) half way: the next start refuses with the repair message, and a
 * paused lock holder stops when it resumes past its lease. {@link MigrationProcessClusterIT} runs
 * the same scenarios on three nodes.
 */
@Timeout(180)
class MigrationProcessIT extends SessionITBase {

  private ProcessScenarios scenarios;

  @BeforeEach
  void forgetHistory() {
    scenarios = new ProcessScenarios(cluster, session, keyspace);
    scenarios.forgetHistory();
  }

  @Test
  void should_refuse_with_the_repair_message_after_a_process_was_killed_half_way()
      throws Exception {
    scenarios.refuseAfterKill();
  }

  @Test
  void should_complete_an_expansion_whose_process_was_killed_half_way() throws Exception {
    scenarios.completeApplyAfterKill();
  }

  @Test
  void should_abort_a_lock_holder_that_resumes_after_its_lease_expired() throws Exception {
    scenarios.abortPausedHolder();
  }

  @Test
  void should_apply_each_change_and_migration_exactly_once_when_eight_processes_start_at_once()
      throws Exception {
    scenarios.applyOnceFromEightProcesses();
  }

  @Test
  void should_not_interleave_a_resumed_holders_statements_with_the_new_holders() throws Exception {
    scenarios.pausedHolderDoesNotInterleave();
  }
}
