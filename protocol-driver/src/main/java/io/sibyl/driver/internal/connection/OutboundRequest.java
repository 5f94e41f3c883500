package io.sibyl.driver.internal.connection;

import io.sibyl.driver.internal.protocol.Request;
import java.nio.ByteBuffer;
import java.util.Map;

/**
 * A request to write on a {@link Connection}, together with the callback that receives its
 * response. Request handlers implement it themselves so that writing allocates no wrapper.
 */
public interface OutboundRequest extends ResponseCallback {
  /** The message to send. */
  Request message();

  /** Whether to ask the server to trace the request. */
  default boolean tracing() {
    return false;
  }

  /**
   * Told the stream id the request was written with (on the event loop), so that abandoning it
   * later finds its slot at once. Requests that do not keep it are found by a scan.
   */
  default void streamIdAssigned(int streamId) {}

  /** The stream id given to {@link #streamIdAssigned}, or -1 when not kept. */
  default int assignedStreamId() {
    return -1;
  }

  /** The custom payload to send (empty for none). */
  default Map<String, ByteBuffer> customPayload() {
    return Map.of();
  }
}
