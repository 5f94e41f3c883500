package io.sibyl.it.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.sibyl.driver.Session;
import io.sibyl.driver.SimpleStatement;
import io.sibyl.driver.error.WriteTimeoutException;
import io.sibyl.it.support.SimulacronCluster;
import io.sibyl.it.support.SimulacronPrime;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A WRITE_TIMEOUT from the coordinator: only an idempotent statement whose batch log write timed
 * out is retried, once, on the same node; every other write timeout is rethrown, since the write
 * may have been applied. Node 1 is primed to succeed, so a retry on the wrong node would show.
 */
@Tag("simulacron")
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class WriteTimeoutRetryIT {
  @RegisterExtension static final SimulacronCluster SIMULACRON = SimulacronCluster.withNodes(3);

  private static final String INSERT = "INSERT INTO ks.write_timeout (k, v) VALUES (1, 1)";

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
  void should_retry_once_on_the_same_node_when_the_batch_log_write_timed_out_and_idempotent() {
    SIMULACRON.prime(0, SimulacronPrime.writeTimeout(INSERT, "QUORUM", 1, 2, "BATCH_LOG"));
    SIMULACRON.prime(1, SimulacronPrime.noRows(INSERT));

    WriteTimeoutException error =
        catchThrowableOfType(
            WriteTimeoutException.class,
            () -> session.execute(SimpleStatement.of(INSERT).withIdempotent(true)));

    assertThat(error.writeType()).isEqualTo("BATCH_LOG");
    assertThat(error.node()).isEqualTo(SIMULACRON.node(0));
    assertThat(SIMULACRON.nodesThatReceived(INSERT))
        .as("the first attempt and one retry, both on node 0")
        .containsExactly(SIMULACRON.node(0), SIMULACRON.node(0));
  }

  @Test
  void should_rethrow_a_batch_log_write_timeout_of_a_non_idempotent_statement() {
    SIMULACRON.prime(0, SimulacronPrime.writeTimeout(INSERT, "QUORUM", 1, 2, "BATCH_LOG"));

    WriteTimeoutException error =
        catchThrowableOfType(
            WriteTimeoutException.class,
            () -> session.execute(SimpleStatement.of(INSERT).withIdempotent(false)));

    assertThat(error.writeType()).isEqualTo("BATCH_LOG");
    assertThat(SIMULACRON.nodesThatReceived(INSERT)).containsExactly(SIMULACRON.node(0));
  }

  @Test
  void should_rethrow_a_simple_write_timeout_even_when_idempotent() {
    SIMULACRON.prime(0, SimulacronPrime.writeTimeout(INSERT, "QUORUM", 1, 2, "SIMPLE"));
    SIMULACRON.prime(1, SimulacronPrime.noRows(INSERT));

    WriteTimeoutException error =
        catchThrowableOfType(
            WriteTimeoutException.class,
            () -> session.execute(SimpleStatement.of(INSERT).withIdempotent(true)));

    assertThat(error.writeType()).isEqualTo("SIMPLE");
    assertThat(error.received()).isEqualTo(1);
    assertThat(error.blockFor()).isEqualTo(2);
    assertThat(SIMULACRON.nodesThatReceived(INSERT)).containsExactly(SIMULACRON.node(0));
  }
}
