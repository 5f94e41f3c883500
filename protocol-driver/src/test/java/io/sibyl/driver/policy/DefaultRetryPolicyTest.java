package io.sibyl.driver.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.Consistency;
import io.sibyl.driver.SimpleStatement;
import io.sibyl.driver.error.InvalidQueryException;
import io.sibyl.driver.error.OverloadedException;
import io.sibyl.driver.error.ReadFailureException;
import io.sibyl.driver.error.ServerErrorException;
import io.sibyl.driver.error.TruncateException;
import java.net.InetSocketAddress;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DefaultRetryPolicyTest {
  private final DefaultRetryPolicy policy = DefaultRetryPolicy.INSTANCE;
  private final SimpleStatement statement = SimpleStatement.of("SELECT * FROM t");
  private final InetSocketAddress node = new InetSocketAddress("127.0.0.1", 9042);

  @Test
  void should_retry_a_read_timeout_once_on_the_same_node_when_only_the_data_was_missing() {
    assertThat(policy.onReadTimeout(statement, Consistency.QUORUM, 2, 2, false, 0))
        .isEqualTo(RetryDecision.RETRY_SAME);
    assertThat(policy.onReadTimeout(statement, Consistency.QUORUM, 2, 2, false, 1))
        .isEqualTo(RetryDecision.RETHROW);
    assertThat(policy.onReadTimeout(statement, Consistency.QUORUM, 2, 1, false, 0))
        .isEqualTo(RetryDecision.RETHROW);
    assertThat(policy.onReadTimeout(statement, Consistency.QUORUM, 2, 2, true, 0))
        .isEqualTo(RetryDecision.RETHROW);
  }

  @Test
  void should_retry_only_batch_log_write_timeouts_once() {
    assertThat(policy.onWriteTimeout(statement, Consistency.QUORUM, "BATCH_LOG", 2, 1, 0))
        .isEqualTo(RetryDecision.RETRY_SAME);
    assertThat(policy.onWriteTimeout(statement, Consistency.QUORUM, "BATCH_LOG", 2, 1, 1))
        .isEqualTo(RetryDecision.RETHROW);
    assertThat(policy.onWriteTimeout(statement, Consistency.QUORUM, "SIMPLE", 2, 1, 0))
        .isEqualTo(RetryDecision.RETHROW);
  }

  @Test
  void should_try_unavailable_once_on_the_next_node() {
    assertThat(policy.onUnavailable(statement, Consistency.QUORUM, 2, 1, 0))
        .isEqualTo(RetryDecision.RETRY_NEXT);
    assertThat(policy.onUnavailable(statement, Consistency.QUORUM, 2, 1, 1))
        .isEqualTo(RetryDecision.RETHROW);
  }

  @Test
  void should_send_overloaded_server_and_truncate_errors_to_the_next_node_only() {
    assertThat(policy.onErrorResponse(statement, new OverloadedException(node, "busy"), 0))
        .isEqualTo(RetryDecision.RETRY_NEXT);
    assertThat(policy.onErrorResponse(statement, new ServerErrorException(node, "boom"), 3))
        .isEqualTo(RetryDecision.RETRY_NEXT);
    assertThat(policy.onErrorResponse(statement, new TruncateException(node, "t"), 0))
        .isEqualTo(RetryDecision.RETRY_NEXT);
    assertThat(
            policy.onErrorResponse(
                statement,
                new ReadFailureException(node, "f", Consistency.ONE, 0, 1, 1, Map.of(), false),
                0))
        .isEqualTo(RetryDecision.RETHROW);
    assertThat(policy.onErrorResponse(statement, new InvalidQueryException(node, "x"), 0))
        .isEqualTo(RetryDecision.RETHROW);
  }

  @Test
  void should_downgrade_to_what_the_replicas_that_answered_can_give() {
    DowngradingConsistencyRetryPolicy downgrading = new DowngradingConsistencyRetryPolicy();
    assertThat(downgrading.onUnavailable(statement, Consistency.QUORUM, 2, 1, 0))
        .isEqualTo(RetryDecision.retrySameAt(Consistency.ONE));
    assertThat(downgrading.onReadTimeout(statement, Consistency.ALL, 3, 2, false, 0))
        .isEqualTo(RetryDecision.retrySameAt(Consistency.TWO));
    assertThat(downgrading.onUnavailable(statement, Consistency.QUORUM, 2, 0, 0))
        .isEqualTo(RetryDecision.RETHROW);
  }
}
