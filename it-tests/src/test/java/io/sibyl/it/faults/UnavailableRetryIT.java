package io.sibyl.it.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.sibyl.driver.Consistency;
import io.sibyl.driver.ResultSet;
import io.sibyl.driver.Session;
import io.sibyl.driver.SimpleStatement;
import io.sibyl.driver.error.UnavailableException;
import io.sibyl.it.support.SimulacronCluster;
import io.sibyl.it.support.SimulacronPrime;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An UNAVAILABLE error: the coordinator wrote nothing, so the statement is tried once more on the
 * next node, idempotent or not; a second UNAVAILABLE is rethrown.
 */
@Tag("simulacron")
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class UnavailableRetryIT {
  @RegisterExtension static final SimulacronCluster SIMULACRON = SimulacronCluster.withNodes(3);

  private static final String QUERY = "SELECT v FROM ks.unavailable WHERE k = 1";

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

  @ParameterizedTest(name = "idempotent={0}")
  @ValueSource(booleans = {true, false})
  void should_try_the_next_node_once(boolean idempotent) {
    SIMULACRON.prime(0, SimulacronPrime.unavailable(QUERY, "QUORUM", 2, 1));
    SIMULACRON.prime(1, SimulacronPrime.rows(QUERY, "v", "int", 42));

    ResultSet rows =
        session.execute(
            SimpleStatement.of(QUERY)
                .withConsistency(Consistency.QUORUM)
                .withIdempotent(idempotent));

    assertThat(rows.one().getInt("v")).isEqualTo(42);
    assertThat(rows.executionInfo().coordinator()).isEqualTo(SIMULACRON.node(1));
    assertThat(SIMULACRON.nodesThatReceived(QUERY))
        .containsExactly(SIMULACRON.node(0), SIMULACRON.node(1));
  }

  @Test
  void should_rethrow_when_the_next_node_is_unavailable_too() {
    SIMULACRON.prime(SimulacronPrime.unavailable(QUERY, "QUORUM", 2, 1));

    UnavailableException error =
        catchThrowableOfType(
            UnavailableException.class,
            () -> session.execute(SimpleStatement.of(QUERY).withIdempotent(true)));

    assertThat(error.node()).isEqualTo(SIMULACRON.node(1));
    assertThat(error.consistency()).isEqualTo(Consistency.QUORUM);
    assertThat(error.required()).isEqualTo(2);
    assertThat(error.alive()).isEqualTo(1);
    assertThat(SIMULACRON.nodesThatReceived(QUERY))
        .as("one retry only: node 2 is never tried")
        .containsExactly(SIMULACRON.node(0), SIMULACRON.node(1));
  }
}
