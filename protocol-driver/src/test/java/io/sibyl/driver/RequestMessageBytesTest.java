package io.sibyl.driver;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.embedded.EmbeddedChannel;
import io.sibyl.driver.internal.connection.FrameEncoderHandler;
import io.sibyl.driver.internal.connection.OutboundRequest;
import io.sibyl.driver.internal.protocol.Compressor;
import io.sibyl.driver.internal.protocol.Frame;
import io.sibyl.driver.internal.protocol.Request;
import io.sibyl.driver.internal.protocol.message.Execute;
import io.sibyl.driver.internal.protocol.message.Query;
import io.sibyl.driver.internal.protocol.message.QueryOptions;
import io.sibyl.driver.internal.protocol.message.Startup;
import io.sibyl.driver.internal.request.RequestMessages;
import io.sibyl.driver.internal.session.SessionConfig;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.codec.CodecRegistry;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden bytes of the write path: a statement's message written by {@link FrameEncoderHandler}
 * straight from its {@link OutboundRequest} (no options copy, no frame object) must give exactly
 * the bytes of the protocol's {@link Query}/{@link Execute} with the equivalent {@link
 * QueryOptions}, written as a {@link Frame} (the path before), and of the spec's layout built by
 * hand — v4 and v5, with and without compression, with every optional part.
 */
class RequestMessageBytesTest {
  private static final SessionConfig CONFIG = TestSessionConfigs.defaults();
  private static final RequestMessages MESSAGES = new RequestMessages(InternalAccess.INSTANCE);
  private static final byte[] ID = {1, 2, 3, 4};
  private static final byte[] METADATA_ID = {9, 8, 7};
  private static final ByteBuffer PAGING_STATE = ByteBuffer.wrap(new byte[] {5, 6, 7, 8, 9});
  private static final ColumnDefinitions VARIABLES =
      new ColumnDefinitions(
          List.of(
              new ColumnDefinition("ks", "t", "k", DataTypes.INT),
              new ColumnDefinition("ks", "t", "name", DataTypes.TEXT)));
  private static final ColumnDefinitions RESULT =
      new ColumnDefinitions(List.of(new ColumnDefinition("ks", "t", "v", DataTypes.BIGINT)));

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (ProtocolVersion version : List.of(ProtocolVersion.V4, ProtocolVersion.V5)) {
      for (boolean compressed : List.of(false, true)) {
        for (String name : statementNames(version)) {
          cases.add(Arguments.of(version, compressed, name));
        }
      }
    }
    return cases.stream();
  }

  private static List<String> statementNames(ProtocolVersion version) {
    List<String> names =
        new ArrayList<>(
            List.of(
                "simple, no values",
                "simple, positional values, paging state, serial, timestamp",
                "simple, named values, consistency, page size",
                "simple, statement timestamp, traced, custom payload",
                "bound, values",
                "bound, no values, paging state, request timestamp",
                "bound, select, serial, page size, traced"));
    if (version == ProtocolVersion.V5) {
      names.add("simple, keyspace, now_in_seconds");
      names.add("bound, keyspace, now_in_seconds, paging state, timestamp");
    }
    return names;
  }

  @ParameterizedTest(name = "{0}, compressed {1}: {2}")
  @MethodSource("cases")
  void should_write_the_bytes_of_the_query_options_path(
      ProtocolVersion version, boolean compressed, String name) {
    Statement<?> statement = statement(name);
    long timestamp = name.contains("request timestamp") ? 1_700_000_000_000_123L : 42L;
    Compressor compressor = compressed ? Compressor.lz4() : null;

    byte[] written = written(version, compressor, statement, timestamp, true);
    byte[] before = written(version, compressor, statement, timestamp, false);

    assertThat(ByteBufUtil.hexDump(written)).isEqualTo(ByteBufUtil.hexDump(before));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("versions")
  void should_write_the_spec_layout_of_a_query_with_every_v4_option(ProtocolVersion version) {
    SimpleStatement statement =
        SimpleStatement.of("SELECT v FROM t WHERE k = ?", 7)
            .withConsistency(Consistency.QUORUM)
            .withSerialConsistency(Consistency.LOCAL_SERIAL)
            .withPageSize(50)
            .withPagingState(PAGING_STATE.duplicate());

    byte[] written = written(version, null, statement, 0x0102030405060708L, true);

    ByteArrayOutputStream body = new ByteArrayOutputStream();
    byte[] cql = "SELECT v FROM t WHERE k = ?".getBytes(StandardCharsets.UTF_8);
    writeInt(body, cql.length);
    body.writeBytes(cql);
    writeShort(body, 0x0004); // QUORUM
    int flags = 0x01 | 0x04 | 0x08 | 0x10 | 0x20; // values, page size, paging state, serial, ts
    if (version == ProtocolVersion.V4) {
      body.write(flags);
    } else {
      writeInt(body, flags);
    }
    writeShort(body, 1); // one value: [int] 7
    writeInt(body, 4);
    writeInt(body, 7);
    writeInt(body, 50); // page size
    writeInt(body, 5); // paging state [bytes]
    body.writeBytes(new byte[] {5, 6, 7, 8, 9});
    writeShort(body, 0x0009); // LOCAL_SERIAL
    writeInt(body, 0x01020304);
    writeInt(body, 0x05060708);
    ByteArrayOutputStream envelope = new ByteArrayOutputStream();
    envelope.write(version.code());
    envelope.write(0); // flags
    writeShort(envelope, 3); // stream id
    envelope.write(0x07); // QUERY
    writeInt(envelope, body.size());
    envelope.writeBytes(body.toByteArray());

    byte[] expected = envelope.toByteArray();
    if (version == ProtocolVersion.V5) {
      // One self-contained uncompressed outer frame: 6-byte header (17-bit length, flag, CRC24),
      // the envelope, a CRC32 trailer; the payload is what the spec puts inside.
      assertThat(written).hasSize(6 + expected.length + 4);
      int payloadLength =
          (written[0] & 0xFF) | (written[1] & 0xFF) << 8 | (written[2] & 0x01) << 16;
      assertThat(payloadLength).isEqualTo(expected.length);
      assertThat(written[2] & 0x02).isEqualTo(0x02); // self-contained
      byte[] payload = new byte[expected.length];
      System.arraycopy(written, 6, payload, 0, payload.length);
      assertThat(ByteBufUtil.hexDump(payload)).isEqualTo(ByteBufUtil.hexDump(expected));
    } else {
      assertThat(ByteBufUtil.hexDump(written)).isEqualTo(ByteBufUtil.hexDump(expected));
    }
  }

  static Stream<ProtocolVersion> versions() {
    return Stream.of(ProtocolVersion.V4, ProtocolVersion.V5);
  }

  private static Statement<?> statement(String name) {
    Map<String, ByteBuffer> payload = Map.of("k", ByteBuffer.wrap(new byte[] {1, 2}));
    return switch (name) {
      case "simple, no values" -> SimpleStatement.of("SELECT * FROM system.local");
      case "simple, positional values, paging state, serial, timestamp" ->
          SimpleStatement.of("SELECT * FROM t WHERE k = ? AND c > ?", 3, "naïve ☃")
              .withPagingState(PAGING_STATE.duplicate())
              .withSerialConsistency(Consistency.LOCAL_SERIAL);
      case "simple, named values, consistency, page size" -> {
        Map<String, Object> named = new LinkedHashMap<>();
        named.put("k", 3);
        named.put("name", null);
        yield SimpleStatement.of("UPDATE t SET name = :name WHERE k = :k", named)
            .withConsistency(Consistency.EACH_QUORUM)
            .withPageSize(5000);
      }
      case "simple, statement timestamp, traced, custom payload" ->
          SimpleStatement.of("DELETE FROM t WHERE k = 1")
              .withTimestamp(99L)
              .withTracing(true)
              .withCustomPayload(payload);
      case "simple, keyspace, now_in_seconds" ->
          SimpleStatement.of("SELECT * FROM t").withKeyspace("ks").withNowInSeconds(1234);
      case "bound, values" -> prepared(RESULT).bind(11, "x".repeat(300));
      case "bound, no values, paging state, request timestamp" ->
          prepared(RESULT).bind().withPagingState(PAGING_STATE.duplicate());
      case "bound, select, serial, page size, traced" ->
          prepared(RESULT)
              .bind(1, null)
              .withSerialConsistency(Consistency.SERIAL)
              .withPageSize(7)
              .withTracing(true)
              .withConsistency(Consistency.ONE);
      case "bound, keyspace, now_in_seconds, paging state, timestamp" ->
          prepared(new ColumnDefinitions(List.of()))
              .bind(2, "y")
              .withKeyspace("other_ks")
              .withNowInSeconds(77)
              .withPagingState(PAGING_STATE.duplicate())
              .withTimestamp(5L)
              .withCustomPayload(payload);
      default -> throw new IllegalArgumentException(name);
    };
  }

  private static PreparedStatement prepared(ColumnDefinitions result) {
    return new PreparedStatement(
        "SELECT v FROM ks.t WHERE k = ? AND name = ?",
        "ks",
        ID,
        VARIABLES,
        new int[] {0},
        result,
        METADATA_ID,
        CodecRegistry.DEFAULT,
        StatementOptions.DEFAULT);
  }

  /**
   * The bytes of the statement's request on stream 3 (after a STARTUP on v5, whose bytes are left
   * out): through the new message and the request itself, or through the old message in a frame.
   */
  private static byte[] written(
      ProtocolVersion version,
      Compressor compressor,
      Statement<?> statement,
      long timestamp,
      boolean newPath) {
    EmbeddedChannel channel = new EmbeddedChannel(new FrameEncoderHandler(version, compressor));
    try {
      if (version == ProtocolVersion.V5) {
        channel.writeOutbound(Frame.request(version, 0, new Startup(Map.of())));
        ((ByteBuf) channel.readOutbound()).release();
      }
      if (newPath) {
        channel.writeOutbound(
            new Written(MESSAGES.toMessage(statement, CONFIG, version, timestamp), statement, 3));
      } else {
        channel.writeOutbound(
            Frame.request(
                version,
                3,
                oldMessage(statement, version, timestamp),
                statement.tracing(),
                statement.customPayload()));
      }
      ByteBuf out = channel.readOutbound();
      try {
        assertThat((Object) channel.readOutbound()).isNull();
        return ByteBufUtil.getBytes(out);
      } finally {
        out.release();
      }
    } finally {
      channel.finishAndReleaseAll();
    }
  }

  /** The message as the session built it before: a Query or Execute with a QueryOptions copy. */
  private static Request oldMessage(Statement<?> statement, ProtocolVersion version, long ts) {
    int consistency =
        (statement.consistency() != null ? statement.consistency() : CONFIG.consistency()).code();
    int serial =
        (statement.serialConsistency() != null
                ? statement.serialConsistency()
                : CONFIG.serialConsistency())
            .code();
    int pageSize = statement.pageSize() > 0 ? statement.pageSize() : CONFIG.pageSize();
    long timestamp = statement.timestamp() != Statement.NO_TIMESTAMP ? statement.timestamp() : ts;
    int now =
        statement.nowInSeconds() == Statement.NO_NOW_IN_SECONDS
            ? QueryOptions.NO_NOW_IN_SECONDS
            : statement.nowInSeconds();
    if (statement instanceof BoundStatement bound) {
      boolean v5 = version == ProtocolVersion.V5;
      boolean skipMetadata = v5 && bound.preparedStatement().resultDefinitions().size() > 0;
      return new Execute(
          ID,
          v5 ? METADATA_ID : null,
          new QueryOptions(
              consistency,
              null,
              null,
              skipMetadata,
              pageSize,
              statement.pagingState(),
              serial,
              timestamp,
              statement.keyspace(),
              now,
              bound.values()));
    }
    SimpleStatement simple = (SimpleStatement) statement;
    List<Object> values = new ArrayList<>(simple.positionalValues());
    List<String> names = null;
    if (!simple.namedValues().isEmpty()) {
      names = new ArrayList<>(simple.namedValues().keySet());
      values = new ArrayList<>(simple.namedValues().values());
    }
    ByteBuffer[] encoded = null;
    if (!values.isEmpty()) {
      encoded = new ByteBuffer[values.size()];
      for (int i = 0; i < encoded.length; i++) {
        Object value = values.get(i);
        encoded[i] = value == null ? null : CodecRegistry.DEFAULT.codecFor(value).encode(value);
      }
    }
    return new Query(
        simple.query(),
        new QueryOptions(
            consistency,
            encoded,
            names,
            false,
            pageSize,
            statement.pagingState(),
            serial,
            timestamp,
            statement.keyspace(),
            now));
  }

  private static void writeShort(ByteArrayOutputStream out, int value) {
    out.write(value >>> 8);
    out.write(value);
  }

  private static void writeInt(ByteArrayOutputStream out, int value) {
    writeShort(out, value >>> 16);
    writeShort(out, value & 0xFFFF);
  }

  /** A request as the in-flight handler hands it to the encoder: stream id already assigned. */
  private static final class Written implements OutboundRequest {
    private final Request message;
    private final Statement<?> statement;
    private final int streamId;

    Written(Request message, Statement<?> statement, int streamId) {
      this.message = message;
      this.statement = statement;
      this.streamId = streamId;
    }

    @Override
    public Request message() {
      return message;
    }

    @Override
    public boolean tracing() {
      return statement.tracing();
    }

    @Override
    public Map<String, ByteBuffer> customPayload() {
      return statement.customPayload();
    }

    @Override
    public void streamIdAssigned(int id) {}

    @Override
    public int assignedStreamId() {
      return streamId;
    }

    @Override
    public void onResponse(Frame response) {}

    @Override
    public void onFailure(Throwable error) {}
  }
}
