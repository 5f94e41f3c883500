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
   * Told the stream id the request is written with (on the event loop, before the write): the
   * encoder writes it into the envelope header, and abandoning the request later finds its slot at
   * once. Implementations must keep it.
   */
  void streamIdAssigned(int streamId);

  /** The stream id given to {@link #streamIdAssigned}, or -1 before it was called. */
  int assignedStreamId();

  /** The custom payload to send (empty for none). */
  default Map<String, ByteBuffer> customPayload() {
    return Map.of();
  }
}
