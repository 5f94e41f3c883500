package io.sibyl.driver.internal.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.channel.embedded.EmbeddedChannel;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.error.RequestEncodingException;
import io.sibyl.driver.internal.protocol.Frame;
import io.sibyl.driver.internal.protocol.Request;
import io.sibyl.driver.internal.protocol.message.Query;
import io.sibyl.driver.internal.protocol.message.QueryOptions;
import io.sibyl.driver.internal.protocol.message.Startup;
import io.sibyl.driver.internal.protocol.message.VoidResult;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A request that cannot be encoded fails alone: written through {@link Connection#write} (the
 * production path, void promises), over the real encoder and in-flight handler.
 */
class ConnectionEncodeFailureTest {
  private final EmbeddedChannel channel = new EmbeddedChannel();
  private final Connection connection =
      EmbeddedConnections.open(
          channel, ProtocolVersion.V4, new InetSocketAddress("127.0.0.1", 9042), 64, null);

  @AfterEach
  void release() {
    channel.finishAndReleaseAll();
  }

  @Test
  void should_fail_only_the_request_with_too_many_values_and_keep_the_connection() {
    Pending before = new Pending(query(1), Map.of());
    Pending tooMany = new Pending(query(70_000), Map.of());
    Pending after = new Pending(query(2), Map.of());

    connection.write(before);
    connection.write(tooMany);
    connection.write(after);
    channel.runPendingTasks();

    assertThat(tooMany).isCompletedExceptionally();
    assertThatThrownBy(tooMany::join)
        .hasCauseInstanceOf(RequestEncodingException.class)
        .hasMessageContaining("65535")
        .hasMessageContaining("127.0.0.1:9042");
    assertThat(channel.isOpen()).isTrue();
    assertThat(before).isNotDone();
    assertThat(after).isNotDone();
    assertThat(connection.inFlight()).as("the bad request's stream id is free").isEqualTo(2);

    List<Integer> streamIds = writtenStreamIds();
    assertThat(streamIds).hasSize(2);
    for (int id : streamIds) {
      channel.writeInbound(
          new Frame(
              ProtocolVersion.V4, id, 0, false, null, Map.of(), List.of(), VoidResult.INSTANCE));
    }
    assertThat(before).isCompleted();
    assertThat(after).isCompleted();
    assertThat(connection.inFlight()).isZero();
  }

  @Test
  void should_fail_only_the_request_whose_custom_payload_key_is_too_long() {
    Pending bad = new Pending(query(1), Map.of("k".repeat(70_000), ByteBuffer.allocate(1)));
    Pending good = new Pending(query(1), Map.of());

    connection.write(bad);
    connection.write(good);
    channel.runPendingTasks();

    assertThat(bad).isCompletedExceptionally();
    assertThatThrownBy(bad::join).hasCauseInstanceOf(RequestEncodingException.class);
    assertThat(channel.isOpen()).isTrue();
    assertThat(good).isNotDone();
    assertThat(writtenStreamIds()).hasSize(1);
    assertThat(connection.inFlight()).isEqualTo(1);
  }

  @Test
  void should_fail_only_the_bad_request_once_v5_framing_started() {
    EmbeddedChannel v5Channel = new EmbeddedChannel();
    Connection v5 =
        EmbeddedConnections.open(
            v5Channel, ProtocolVersion.V5, new InetSocketAddress("127.0.0.2", 9042), 64, null);
    try {
      Pending startup = new Pending(new Startup(Map.of("CQL_VERSION", "3.0.0")), Map.of());
      v5.write(startup);
      v5Channel.runPendingTasks();
      Pending bad = new Pending(query(70_000), Map.of());
      Pending good = new Pending(query(1), Map.of());

      v5.write(bad);
      v5.write(good);
      v5Channel.runPendingTasks();

      assertThat(bad).isCompletedExceptionally();
      assertThatThrownBy(bad::join).hasCauseInstanceOf(RequestEncodingException.class);
      assertThat(v5Channel.isOpen()).isTrue();
      assertThat(good).isNotDone();
      assertThat(v5.inFlight()).as("STARTUP and the good request").isEqualTo(2);
    } finally {
      v5Channel.finishAndReleaseAll();
    }
  }

  /** The stream ids of the envelopes written, read from their headers; releases the bytes. */
  private List<Integer> writtenStreamIds() {
    List<Integer> ids = new ArrayList<>();
    ByteBuf out;
    while ((out = channel.readOutbound()) != null) {
      ids.add((int) out.getShort(out.readerIndex() + 2));
      out.release();
    }
    return ids;
  }

  private static Query query(int valueCount) {
    ByteBuffer[] values = new ByteBuffer[valueCount];
    for (int i = 0; i < valueCount; i++) {
      values[i] = ByteBuffer.allocate(0);
    }
    return new Query("INSERT INTO t (k) VALUES (?)", QueryOptions.of(1, values));
  }

  /** A request whose outcome completes it. */
  private static final class Pending extends CompletableFuture<Frame> implements OutboundRequest {
    private final Request message;
    private final Map<String, ByteBuffer> payload;
    private int streamId = -1;

    Pending(Request message, Map<String, ByteBuffer> payload) {
      this.message = message;
      this.payload = payload;
    }

    @Override
    public Request message() {
      return message;
    }

    @Override
    public Map<String, ByteBuffer> customPayload() {
      return payload;
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
}
