package io.sibyl.it.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.sibyl.driver.Consistency;
import io.sibyl.driver.ResultSet;
import io.sibyl.driver.Session;
import io.sibyl.driver.SimpleStatement;
import io.sibyl.driver.error.ReadTimeoutException;
import io.sibyl.driver.policy.DowngradingConsistencyRetryPolicy;
import io.sibyl.it.support.SimulacronCluster;
import io.sibyl.it.support.SimulacronPrime;
import io.sibyl.it.support.SimulacronQuery;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A READ_TIMEOUT from the coordinator: the default retry policy retries once on the same node when
 * enough replicas answered but the data replica did not, and rethrows otherwise. Node 0 is primed
 * with the error and node 1 with rows, so a retry that went to the wrong node would succeed.
 */
@Tag("simulacron")
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ReadTimeoutRetryIT {
  @RegisterExtension static final SimulacronCluster SIMULACRON = SimulacronCluster.withNodes(3);

  private static final String QUERY = "SELECT v FROM ks.read_timeout WHERE k = 1";

  private static Session session;

  @BeforeAll
  static void connect() {
    session = SIMULACRON.sessionBuilder().build();
  }

  @AfterAll
  static void close() {
    if (session != null) {
      session.close();
    }
  }

  @Test
  void should_retry_once_on_the_same_node_when_enough_replicas_answered_but_not_the_data() {
    SIMULACRON.prime(0, SimulacronPrime.readTimeout(QUERY, "LOCAL_QUORUM", 2, 2, false));
    SIMULACRON.prime(1, SimulacronPrime.rows(QUERY, "v", "int", 1));

    ReadTimeoutException error =
        catchThrowableOfType(ReadTimeoutException.class, () -> session.execute(QUERY));

    assertThat(error.node()).isEqualTo(SIMULACRON.node(0));
    assertThat(error.received()).isEqualTo(2);
    assertThat(error.blockFor()).isEqualTo(2);
    assertThat(error.dataPresent()).isFalse();
    assertThat(SIMULACRON.nodesThatReceived(QUERY))
        .as("the first attempt and one retry, both on node 0")
        .containsExactly(SIMULACRON.node(0), SIMULACRON.node(0));
  }

  @Test
  void should_rethrow_without_retrying_when_the_data_was_present() {
    SIMULACRON.prime(0, SimulacronPrime.readTimeout(QUERY, "LOCAL_QUORUM", 2, 2, true));

    ReadTimeoutException error =
        catchThrowableOfType(ReadTimeoutException.class, () -> session.execute(QUERY));

    assertThat(error.dataPresent()).isTrue();
    assertThat(SIMULACRON.nodesThatReceived(QUERY)).containsExactly(SIMULACRON.node(0));
  }

  @Test
  void should_rethrow_without_retrying_when_too_few_replicas_answered() {
    SIMULACRON.prime(0, SimulacronPrime.readTimeout(QUERY, "LOCAL_QUORUM", 1, 2, false));

    ReadTimeoutException error =
        catchThrowableOfType(ReadTimeoutException.class, () -> session.execute(QUERY));

    assertThat(error.received()).isEqualTo(1);
    assertThat(SIMULACRON.nodesThatReceived(QUERY)).containsExactly(SIMULACRON.node(0));
  }

  @Test
  void should_retry_on_the_same_node_at_a_lower_consistency_with_the_downgrading_policy() {
    SIMULACRON.prime(
        0, SimulacronPrime.readTimeout(QUERY, "QUORUM", 1, 2, false).atConsistency("QUORUM"));
    SIMULACRON.prime(0, SimulacronPrime.rows(QUERY, "v", "int", 7).atConsistency("ONE"));

    ResultSet rows;
    try (Session downgrading =
        SIMULACRON.sessionBuilder().retryPolicy(new DowngradingConsistencyRetryPolicy()).build()) {
      rows = downgrading.execute(SimpleStatement.of(QUERY).withConsistency(Consistency.QUORUM));
    }

    assertThat(rows.one().getInt("v")).isEqualTo(7);
    assertThat(rows.executionInfo().coordinator()).isEqualTo(SIMULACRON.node(0));
    assertThat(SIMULACRON.queries(QUERY))
        .extracting(SimulacronQuery::node, SimulacronQuery::consistency)
        .containsExactly(tuple(SIMULACRON.node(0), "QUORUM"), tuple(SIMULACRON.node(0), "ONE"));
  }
}
