package io.sibyl.it.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.sibyl.driver.ResultSet;
import io.sibyl.driver.Session;
import io.sibyl.driver.SimpleStatement;
import io.sibyl.driver.error.AllNodesFailedException;
import io.sibyl.driver.error.OverloadedException;
import io.sibyl.driver.error.ReadFailureException;
import io.sibyl.driver.error.ServerErrorException;
import io.sibyl.driver.error.SyntaxErrorException;
import io.sibyl.driver.error.TruncateException;
import io.sibyl.it.support.SimulacronCluster;
import io.sibyl.it.support.SimulacronPrime;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Errors that say the coordinator itself is in trouble (overloaded, server error, truncate error):
 * an idempotent statement moves on to the next node, a non-idempotent one fails with the typed
 * error. A bootstrapping node ran nothing, so any statement moves on. Errors about the statement
 * itself are never retried.
 */
@Tag("simulacron")
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ErrorResponseRetryIT {
  @RegisterExtension static final SimulacronCluster SIMULACRON = SimulacronCluster.withNodes(3);

  private static final String QUERY = "SELECT v FROM ks.error_response WHERE k = 1";

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

  static Stream<Arguments> coordinatorErrors() {
    return Stream.of(
        Arguments.of("overloaded", OverloadedException.class),
        Arguments.of("server_error", ServerErrorException.class),
        Arguments.of("truncate_error", TruncateException.class));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"overloaded", "server_error", "truncate_error"})
  void should_try_the_next_node_when_idempotent(String result) {
    SIMULACRON.prime(0, SimulacronPrime.error(QUERY, result, "primed " + result));
    SIMULACRON.prime(1, SimulacronPrime.rows(QUERY, "v", "int", 5));

    ResultSet rows = session.execute(SimpleStatement.of(QUERY).withIdempotent(true));

    assertThat(rows.one().getInt("v")).isEqualTo(5);
    assertThat(rows.executionInfo().coordinator()).isEqualTo(SIMULACRON.node(1));
    assertThat(SIMULACRON.nodesThatReceived(QUERY))
        .containsExactly(SIMULACRON.node(0), SIMULACRON.node(1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("coordinatorErrors")
  void should_rethrow_the_typed_error_when_not_idempotent(String result, Class<?> type) {
    SIMULACRON.prime(0, SimulacronPrime.error(QUERY, result, "primed " + result));
    SIMULACRON.prime(1, SimulacronPrime.rows(QUERY, "v", "int", 5));

    Throwable error = catchThrowable(() -> session.execute(SimpleStatement.of(QUERY)));

    assertThat(error).isInstanceOf(type).hasMessageContaining("primed " + result);
    assertThat(SIMULACRON.nodesThatReceived(QUERY)).containsExactly(SIMULACRON.node(0));
  }

  @Test
  void should_report_every_node_when_each_one_is_overloaded() {
    SIMULACRON.prime(SimulacronPrime.error(QUERY, "overloaded", "too busy"));

    AllNodesFailedException error =
        catchThrowableOfType(
            AllNodesFailedException.class,
            () -> session.execute(SimpleStatement.of(QUERY).withIdempotent(true)));

    assertThat(error.errors()).containsOnlyKeys(SIMULACRON.nodes());
    assertThat(error.errors().values()).allMatch(OverloadedException.class::isInstance);
    assertThat(SIMULACRON.nodesThatReceived(QUERY)).containsExactlyElementsOf(SIMULACRON.nodes());
  }

  @ParameterizedTest(name = "idempotent={0}")
  @ValueSource(booleans = {true, false})
  void should_try_the_next_node_when_the_coordinator_is_bootstrapping(boolean idempotent) {
    SIMULACRON.prime(0, SimulacronPrime.error(QUERY, "is_bootstrapping", "bootstrapping"));
    SIMULACRON.prime(1, SimulacronPrime.rows(QUERY, "v", "int", 6));

    ResultSet rows = session.execute(SimpleStatement.of(QUERY).withIdempotent(idempotent));

    assertThat(rows.executionInfo().coordinator()).isEqualTo(SIMULACRON.node(1));
    assertThat(SIMULACRON.nodesThatReceived(QUERY))
        .containsExactly(SIMULACRON.node(0), SIMULACRON.node(1));
  }

  @Test
  void should_not_retry_a_syntax_error_even_when_idempotent() {
    SIMULACRON.prime(0, SimulacronPrime.error(QUERY, "syntax_error", "line 1: no viable input"));
    SIMULACRON.prime(1, SimulacronPrime.rows(QUERY, "v", "int", 5));

    Throwable error =
        catchThrowable(() -> session.execute(SimpleStatement.of(QUERY).withIdempotent(true)));

    assertThat(error).isInstanceOf(SyntaxErrorException.class);
    assertThat(SIMULACRON.nodesThatReceived(QUERY)).containsExactly(SIMULACRON.node(0));
  }

  @Test
  void should_not_retry_a_read_failure_even_when_idempotent() {
    SIMULACRON.prime(
        0, SimulacronPrime.readFailure(QUERY, "LOCAL_QUORUM", 1, 2, false, "127.0.10.2"));
    SIMULACRON.prime(1, SimulacronPrime.rows(QUERY, "v", "int", 5));

    Throwable error =
        catchThrowable(() -> session.execute(SimpleStatement.of(QUERY).withIdempotent(true)));

    assertThat(error).isInstanceOf(ReadFailureException.class);
    assertThat(SIMULACRON.nodesThatReceived(QUERY)).containsExactly(SIMULACRON.node(0));
  }
}
