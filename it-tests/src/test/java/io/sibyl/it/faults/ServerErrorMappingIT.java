package io.sibyl.it.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.sibyl.driver.Consistency;
import io.sibyl.driver.Session;
import io.sibyl.driver.Statement;
import io.sibyl.driver.error.AllNodesFailedException;
import io.sibyl.driver.error.AlreadyExistsException;
import io.sibyl.driver.error.AuthenticationException;
import io.sibyl.driver.error.BootstrappingException;
import io.sibyl.driver.error.CoordinatorException;
import io.sibyl.driver.error.FunctionFailureException;
import io.sibyl.driver.error.InvalidConfigurationInQueryException;
import io.sibyl.driver.error.InvalidQueryException;
import io.sibyl.driver.error.OverloadedException;
import io.sibyl.driver.error.ReadFailureException;
import io.sibyl.driver.error.ReadTimeoutException;
import io.sibyl.driver.error.ServerErrorException;
import io.sibyl.driver.error.ServerProtocolErrorException;
import io.sibyl.driver.error.SyntaxErrorException;
import io.sibyl.driver.error.TruncateException;
import io.sibyl.driver.error.UnauthorizedException;
import io.sibyl.driver.error.UnavailableException;
import io.sibyl.driver.error.WriteFailureException;
import io.sibyl.driver.error.WriteTimeoutException;
import io.sibyl.driver.policy.RetryDecision;
import io.sibyl.driver.policy.RetryPolicy;
import io.sibyl.it.support.SimulacronCluster;
import io.sibyl.it.support.SimulacronPrime;
import java.util.List;
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

/**
 * Each ERROR code a node can send maps to its typed exception, with the error's fields, the node
 * that sent it and a message naming the statement. The session never retries (every node is primed
 * alike), so the exception is the first node's own.
 */
@Tag("simulacron")
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ServerErrorMappingIT {
  @RegisterExtension static final SimulacronCluster SIMULACRON = SimulacronCluster.withNodes(3);

  private static final String QUERY = "SELECT v FROM ks.error_mapping WHERE k = 1";

  private static Session session;

  @BeforeAll
  static void connect() {
    session = SIMULACRON.sessionBuilder().retryPolicy(new NeverRetry()).build();
  }

  @AfterAll
  static void close() {
    if (session != null) {
      session.close();
    }
  }

  static Stream<Arguments> errorsWithAMessage() {
    return Stream.of(
        Arguments.of("syntax_error", SyntaxErrorException.class),
        Arguments.of("invalid", InvalidQueryException.class),
        Arguments.of("config_error", InvalidConfigurationInQueryException.class),
        Arguments.of("unauthorized", UnauthorizedException.class),
        Arguments.of("overloaded", OverloadedException.class),
        Arguments.of("server_error", ServerErrorException.class),
        Arguments.of("truncate_error", TruncateException.class),
        Arguments.of("protocol_error", ServerProtocolErrorException.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errorsWithAMessage")
  void should_map_an_error_to_its_typed_exception(String result, Class<?> type) {
    SIMULACRON.prime(SimulacronPrime.error(QUERY, result, "primed " + result + " message"));

    Throwable error = catchThrowable(() -> session.execute(QUERY));

    assertThat(error)
        .isInstanceOf(type)
        .hasMessageContaining("primed " + result + " message")
        .hasMessageContaining(QUERY)
        .hasMessageContaining(SIMULACRON.node(0).toString());
    assertThat(((CoordinatorException) error).node()).isEqualTo(SIMULACRON.node(0));
  }

  @Test
  void should_map_a_bad_credentials_error_to_an_authentication_error_naming_the_node() {
    SIMULACRON.prime(SimulacronPrime.error(QUERY, "authentication_error", "bad credentials"));

    AuthenticationException error =
        catchThrowableOfType(AuthenticationException.class, () -> session.execute(QUERY));

    assertThat(error.node()).isEqualTo(SIMULACRON.node(0));
    assertThat(error).hasMessageContaining("bad credentials");
  }

  @Test
  void should_map_unavailable_with_its_consistency_and_replica_counts() {
    SIMULACRON.prime(SimulacronPrime.unavailable(QUERY, "LOCAL_QUORUM", 3, 1));

    UnavailableException error =
        catchThrowableOfType(UnavailableException.class, () -> session.execute(QUERY));

    assertThat(error.node()).isEqualTo(SIMULACRON.node(0));
    assertThat(error.consistency()).isEqualTo(Consistency.LOCAL_QUORUM);
    assertThat(error.required()).isEqualTo(3);
    assertThat(error.alive()).isEqualTo(1);
  }

  @Test
  void should_map_read_timeout_with_its_replica_counts_and_data_flag() {
    SIMULACRON.prime(SimulacronPrime.readTimeout(QUERY, "EACH_QUORUM", 1, 4, true));

    ReadTimeoutException error =
        catchThrowableOfType(ReadTimeoutException.class, () -> session.execute(QUERY));

    assertThat(error.consistency()).isEqualTo(Consistency.EACH_QUORUM);
    assertThat(error.received()).isEqualTo(1);
    assertThat(error.blockFor()).isEqualTo(4);
    assertThat(error.dataPresent()).isTrue();
  }

  @Test
  void should_map_write_timeout_with_its_write_type() {
    SIMULACRON.prime(SimulacronPrime.writeTimeout(QUERY, "SERIAL", 0, 2, "CAS"));

    WriteTimeoutException error =
        catchThrowableOfType(WriteTimeoutException.class, () -> session.execute(QUERY));

    assertThat(error.consistency()).isEqualTo(Consistency.SERIAL);
    assertThat(error.received()).isZero();
    assertThat(error.blockFor()).isEqualTo(2);
    assertThat(error.writeType()).isEqualTo("CAS");
  }

  @Test
  void should_map_read_failure_with_its_failure_count() {
    SIMULACRON.prime(
        SimulacronPrime.readFailure(QUERY, "QUORUM", 1, 2, false, "127.0.10.2", "127.0.10.3"));

    ReadFailureException error =
        catchThrowableOfType(ReadFailureException.class, () -> session.execute(QUERY));

    assertThat(error.consistency()).isEqualTo(Consistency.QUORUM);
    assertThat(error.received()).isOne();
    assertThat(error.blockFor()).isEqualTo(2);
    assertThat(error.numFailures()).isEqualTo(2);
    assertThat(error.dataPresent()).isFalse();
  }

  @Test
  void should_map_write_failure_with_its_failure_count_and_write_type() {
    SIMULACRON.prime(SimulacronPrime.writeFailure(QUERY, "ALL", 2, 3, "BATCH", "127.0.10.3"));

    WriteFailureException error =
        catchThrowableOfType(WriteFailureException.class, () -> session.execute(QUERY));

    assertThat(error.consistency()).isEqualTo(Consistency.ALL);
    assertThat(error.received()).isEqualTo(2);
    assertThat(error.blockFor()).isEqualTo(3);
    assertThat(error.numFailures()).isOne();
    assertThat(error.writeType()).isEqualTo("BATCH");
    assertThat(error.reasons()).as("v4 sends the count only, not who failed").isEmpty();
  }

  @Test
  void should_map_function_failure_with_the_function() {
    SIMULACRON.prime(
        SimulacronPrime.functionFailure(
            QUERY, "ks", "to_upper", List.of("text"), "NullPointerException"));

    FunctionFailureException error =
        catchThrowableOfType(FunctionFailureException.class, () -> session.execute(QUERY));

    assertThat(error.keyspace()).isEqualTo("ks");
    assertThat(error.function()).isEqualTo("to_upper");
    assertThat(error.argTypes()).containsExactly("text");
  }

  @Test
  void should_map_already_exists_with_the_keyspace_and_table() {
    SIMULACRON.prime(SimulacronPrime.alreadyExists(QUERY, "table exists", "shop", "orders"));

    AlreadyExistsException error =
        catchThrowableOfType(AlreadyExistsException.class, () -> session.execute(QUERY));

    assertThat(error.keyspace()).isEqualTo("shop");
    assertThat(error.table()).isEqualTo("orders");
    assertThat(error).isInstanceOf(InvalidConfigurationInQueryException.class);
  }

  @Test
  void should_map_is_bootstrapping_and_try_every_node() {
    SIMULACRON.prime(SimulacronPrime.error(QUERY, "is_bootstrapping", "bootstrapping"));

    AllNodesFailedException error =
        catchThrowableOfType(AllNodesFailedException.class, () -> session.execute(QUERY));

    assertThat(error.errors()).containsOnlyKeys(SIMULACRON.nodes());
    assertThat(error.errors().values()).allMatch(BootstrappingException.class::isInstance);
  }

  /** Fails every request with the node's own error. */
  private static final class NeverRetry implements RetryPolicy {
    @Override
    public RetryDecision onReadTimeout(
        Statement<?> statement,
        Consistency consistency,
        int blockFor,
        int received,
        boolean dataPresent,
        int retryCount) {
      return RetryDecision.RETHROW;
    }

    @Override
    public RetryDecision onWriteTimeout(
        Statement<?> statement,
        Consistency consistency,
        String writeType,
        int blockFor,
        int received,
        int retryCount) {
      return RetryDecision.RETHROW;
    }

    @Override
    public RetryDecision onUnavailable(
        Statement<?> statement, Consistency consistency, int required, int alive, int retryCount) {
      return RetryDecision.RETHROW;
    }

    @Override
    public RetryDecision onRequestAborted(Statement<?> statement, Throwable error, int retryCount) {
      return RetryDecision.RETHROW;
    }

    @Override
    public RetryDecision onErrorResponse(
        Statement<?> statement, CoordinatorException error, int retryCount) {
      return RetryDecision.RETHROW;
    }
  }
}
