package io.sibyl.it.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.sibyl.driver.ResultSet;
import io.sibyl.driver.Session;
import io.sibyl.driver.SimpleStatement;
import io.sibyl.driver.metadata.Node;
import io.sibyl.driver.policy.ConstantSpeculativeExecutionPolicy;
import io.sibyl.it.support.SimulacronCluster;
import io.sibyl.it.support.SimulacronPrime;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Speculative executions: node 0 answers after 2 s, the others at once. With a speculative
 * execution every 200 ms, an idempotent statement is also sent to node 1, whose answer wins; a
 * non-idempotent one waits for node 0. The slow node's late answer frees its stream id.
 */
@Tag("simulacron")
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SpeculativeExecutionIT {
  @RegisterExtension static final SimulacronCluster SIMULACRON = SimulacronCluster.withNodes(3);

  private static final String QUERY = "SELECT v FROM ks.speculative WHERE k = 1";
  private static final Duration SLOW = Duration.ofSeconds(2);

  private static Session session;

  @BeforeAll
  static void connect() {
    session =
        SIMULACRON
            .sessionBuilder()
            .speculativeExecutionPolicy(new ConstantSpeculativeExecutionPolicy(3, 200))
            .build();
  }

  @AfterAll
  static void close() {
    if (session != null) {
      session.close();
    }
  }

  @Test
  void should_return_the_speculative_execution_answer_when_the_first_node_is_slow() {
    SIMULACRON.prime(0, SimulacronPrime.rows(QUERY, "v", "int", 0).delayedBy(SLOW));
    SIMULACRON.prime(1, SimulacronPrime.rows(QUERY, "v", "int", 1));

    long start = System.nanoTime();
    ResultSet rows = session.execute(SimpleStatement.of(QUERY).withIdempotent(true));
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

    assertThat(rows.one().getInt("v")).isEqualTo(1);
    assertThat(rows.executionInfo().coordinator()).isEqualTo(SIMULACRON.node(1));
    assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(190)).isLessThan(SLOW);
    assertThat(SIMULACRON.nodesThatReceived(QUERY))
        .as("node 1 won before a third execution was due")
        .containsExactly(SIMULACRON.node(0), SIMULACRON.node(1));

    Node slow = session.metadata().node(SIMULACRON.node(0)).orElseThrow();
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(slow.inFlight())
                    .as("the stream id of the losing execution, freed by the late answer")
                    .isZero());
  }

  @Test
  void should_start_executions_until_the_maximum_when_every_node_is_slow() {
    SIMULACRON.prime(0, SimulacronPrime.rows(QUERY, "v", "int", 0).delayedBy(SLOW));
    SIMULACRON.prime(1, SimulacronPrime.rows(QUERY, "v", "int", 1).delayedBy(SLOW));
    SIMULACRON.prime(
        2, SimulacronPrime.rows(QUERY, "v", "int", 2).delayedBy(Duration.ofMillis(100)));

    ResultSet rows = session.execute(SimpleStatement.of(QUERY).withIdempotent(true));

    assertThat(rows.one().getInt("v")).isEqualTo(2);
    assertThat(rows.executionInfo().coordinator()).isEqualTo(SIMULACRON.node(2));
    assertThat(SIMULACRON.nodesThatReceived(QUERY)).containsExactlyElementsOf(SIMULACRON.nodes());
  }

  @Test
  void should_not_speculate_for_a_non_idempotent_statement() {
    SIMULACRON.prime(0, SimulacronPrime.rows(QUERY, "v", "int", 0).delayedBy(SLOW));
    SIMULACRON.prime(1, SimulacronPrime.rows(QUERY, "v", "int", 1));

    long start = System.nanoTime();
    ResultSet rows = session.execute(SimpleStatement.of(QUERY).withIdempotent(false));
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

    assertThat(rows.one().getInt("v")).isZero();
    assertThat(rows.executionInfo().coordinator()).isEqualTo(SIMULACRON.node(0));
    assertThat(elapsed).isGreaterThanOrEqualTo(SLOW.minusMillis(100));
    assertThat(SIMULACRON.nodesThatReceived(QUERY)).containsExactly(SIMULACRON.node(0));
  }
}
