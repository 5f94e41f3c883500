package io.sibyl.driver.internal.connection;

import io.sibyl.driver.internal.protocol.Frame;
import io.sibyl.driver.internal.protocol.Request;
import java.util.concurrent.CompletableFuture;

/**
 * A request whose response completes a future. For the cold paths (handshake, heartbeats, control
 * queries) where the future's allocation does not matter.
 */
public final class PendingResponse extends CompletableFuture<Frame> implements OutboundRequest {
  private final Request message;
  private int streamId = -1;

  /** Creates a pending response for {@code message}. */
  public PendingResponse(Request message) {
    this.message = message;
  }

  /** Writes {@code message} on {@code connection} and returns the future of its response. */
  public static CompletableFuture<Frame> send(Connection connection, Request message) {
    PendingResponse pending = new PendingResponse(message);
    connection.write(pending);
    return pending;
  }

  @Override
  public Request message() {
    return message;
  }

  @Override
  public void streamIdAssigned(int id) {
    streamId = id;
  }

  @Override
  public int assignedStreamId() {
    return streamId;
  }

  @Override
  public void onResponse(Frame response) {
    complete(response);
  }

  @Override
  public void onFailure(Throwable error) {
    completeExceptionally(error);
  }
}
