package io.sibyl.driver;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How a request ran.
 *
 * @param statement the statement that was executed (for a later page, the one that fetched it)
 * @param coordinator the node that answered
 * @param warnings the warnings the server attached (e.g. a large batch), empty when none
 * @param tracingId the trace's id when tracing was asked for, else null
 * @param incomingPayload the custom payload the server sent back, empty when none
 * @param pagingState where the next page starts, or null on the last page
 * @param schemaInAgreement after a schema change, whether every node agreed on the new schema
 *     before the result was returned (true for any other statement)
 */
public record ExecutionInfo(
    Statement<?> statement,
    InetSocketAddress coordinator,
    List<String> warnings,
    UUID tracingId,
    Map<String, ByteBuffer> incomingPayload,
    ByteBuffer pagingState,
    boolean schemaInAgreement) {

  /** A read-only view of the paging state, or null. */
  @Override
  public ByteBuffer pagingState() {
    return pagingState == null ? null : pagingState.asReadOnlyBuffer();
  }
}
