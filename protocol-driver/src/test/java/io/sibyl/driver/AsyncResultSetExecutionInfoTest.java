package io.sibyl.driver;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.internal.protocol.Frame;
import io.sibyl.driver.internal.protocol.message.VoidResult;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The execution info of a result, built only when asked for, tells what the response said. */
class AsyncResultSetExecutionInfoTest {
  private static final InetSocketAddress NODE = new InetSocketAddress("127.0.0.1", 9042);
  private static final SimpleStatement STATEMENT =
      SimpleStatement.of("INSERT INTO t (k) VALUES (1)");

  private static AsyncResultSet result(Frame frame, ByteBuffer pagingState) {
    return InternalAccess.INSTANCE.resultSet(
        null, new ColumnDefinitions(List.of()), null, STATEMENT, NODE, frame, pagingState, false);
  }

  @Test
  void should_tell_the_response_s_warnings_tracing_id_payload_and_paging_state() {
    UUID tracingId = UUID.randomUUID();
    Map<String, ByteBuffer> payload = Map.of("k", ByteBuffer.wrap(new byte[] {1}));
    Frame frame =
        new Frame(
            ProtocolVersion.V5,
            3,
            0,
            false,
            tracingId,
            payload,
            List.of("Batch too large"),
            VoidResult.INSTANCE);
    ByteBuffer state = ByteBuffer.wrap(new byte[] {9, 8});

    AsyncResultSet result = result(frame, state);
    ExecutionInfo info = result.executionInfo();

    assertThat(info.statement()).isSameAs(STATEMENT);
    assertThat(info.coordinator()).isEqualTo(NODE);
    assertThat(info.warnings()).containsExactly("Batch too large");
    assertThat(info.tracingId()).isEqualTo(tracingId);
    assertThat(info.incomingPayload()).isEqualTo(payload);
    assertThat(info.pagingState()).isEqualTo(ByteBuffer.wrap(new byte[] {9, 8}));
    assertThat(info.pagingState().isReadOnly()).isTrue();
    assertThat(info.schemaInAgreement()).isTrue();
    assertThat(result.executionInfo()).isSameAs(info);
    assertThat(result.hasMorePages()).isTrue();
    assertThat(result.pagingState()).isEqualTo(state);
  }

  @Test
  void should_record_the_schema_agreement_outcome_and_keep_the_rest() {
    Frame frame =
        new Frame(ProtocolVersion.V5, 3, 0, false, null, Map.of(), List.of(), VoidResult.INSTANCE);

    AsyncResultSet disagreed = result(frame, null).withSchemaInAgreement(false);

    assertThat(disagreed.executionInfo().schemaInAgreement()).isFalse();
    assertThat(disagreed.executionInfo().coordinator()).isEqualTo(NODE);
    assertThat(disagreed.executionInfo().warnings()).isEmpty();
    assertThat(disagreed.executionInfo().pagingState()).isNull();
    assertThat(disagreed.hasMorePages()).isFalse();
  }
}
