package io.sibyl.driver;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.sibyl.driver.internal.protocol.Primitives;
import io.sibyl.driver.internal.protocol.message.QueryOptions;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.codec.CodecRegistry;
import io.sibyl.driver.type.codec.TypeCodec;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Bound values as the request writes them: the same bytes as one buffer per value, every kind. */
class BoundStatementValuesTest {
  private static final ColumnDefinitions NO_COLUMNS = new ColumnDefinitions(List.of());
  private static final ColumnDefinitions VARIABLES =
      new ColumnDefinitions(
          List.of(
              new ColumnDefinition("ks", "t", "k", DataTypes.INT),
              new ColumnDefinition("ks", "t", "name", DataTypes.TEXT),
              new ColumnDefinition("ks", "t", "amount", DataTypes.BIGINT),
              new ColumnDefinition("ks", "t", "updated", DataTypes.TIMESTAMP),
              new ColumnDefinition("ks", "t", "id", DataTypes.UUID),
              new ColumnDefinition("ks", "t", "flag", DataTypes.BOOLEAN),
              new ColumnDefinition("ks", "t", "gone", DataTypes.TEXT),
              new ColumnDefinition("ks", "t", "kept", DataTypes.BIGINT)));

  private static PreparedStatement prepared(ColumnDefinitions variables, int... keyIndices) {
    return new PreparedStatement(
        "INSERT INTO ks.t (k, name, amount, updated, id, flag, gone, kept) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        "ks",
        new byte[] {1, 2, 3},
        variables,
        keyIndices,
        NO_COLUMNS,
        null,
        CodecRegistry.DEFAULT,
        StatementOptions.DEFAULT);
  }

  private static <T> ByteBuffer encode(T value, Class<T> type, io.sibyl.driver.type.DataType cql) {
    TypeCodec<T> codec = CodecRegistry.DEFAULT.codecFor(cql, type);
    return codec.encode(value);
  }

  private static byte[] encoded(QueryOptions options) {
    ByteBuf out = Unpooled.buffer();
    try {
      options.encode(out, ProtocolVersion.V5);
      assertThat(out.readableBytes()).isEqualTo(options.encodedSize(ProtocolVersion.V5));
      byte[] bytes = new byte[out.readableBytes()];
      out.readBytes(bytes);
      return bytes;
    } finally {
      out.release();
    }
  }

  private static QueryOptions withValues(ByteBuffer[] values) {
    return new QueryOptions(
        1,
        values,
        null,
        false,
        100,
        null,
        QueryOptions.NO_SERIAL_CONSISTENCY,
        5L,
        null,
        QueryOptions.NO_NOW_IN_SECONDS);
  }

  private static QueryOptions withBound(BoundStatement bound) {
    return new QueryOptions(
        1,
        null,
        null,
        false,
        100,
        null,
        QueryOptions.NO_SERIAL_CONSISTENCY,
        5L,
        null,
        QueryOptions.NO_NOW_IN_SECONDS,
        bound.values());
  }

  @Test
  void should_write_the_same_bytes_as_one_buffer_per_value() {
    UUID id = UUID.randomUUID();
    Instant updated = Instant.parse("2025-01-01T00:00:00.123Z");
    String name = "naïve ☃ \uD83D\uDE00 customer";

    BoundStatement bound =
        prepared(VARIABLES, 0)
            .bind()
            .setInt(0, 42)
            .setString(1, name)
            .setLong(2, -7L)
            .setInstant(3, updated)
            .setUuid(4, id)
            .setBoolean(5, true)
            .setToNull(6);

    ByteBuffer[] expected = {
      encode(42, Integer.class, DataTypes.INT),
      encode(name, String.class, DataTypes.TEXT),
      encode(-7L, Long.class, DataTypes.BIGINT),
      encode(updated, Instant.class, DataTypes.TIMESTAMP),
      encode(id, UUID.class, DataTypes.UUID),
      encode(true, Boolean.class, DataTypes.BOOLEAN),
      null,
      Primitives.UNSET
    };
    assertThat(encoded(withBound(bound))).isEqualTo(encoded(withValues(expected)));
    for (int i = 0; i < expected.length - 2; i++) {
      assertThat(bound.getBytesUnsafe(i)).isEqualTo(expected[i]);
    }
    assertThat(bound.getBytesUnsafe(6)).isNull();
    assertThat(bound.isSet(6)).isTrue();
    assertThat(bound.isSet(7)).isFalse();
  }

  @Test
  void should_send_the_last_value_set_when_a_variable_is_set_again() {
    BoundStatement bound = prepared(VARIABLES, 0).bind();
    for (int i = 0; i < 1_000; i++) {
      bound.setInt(0, i).setString(1, "name-" + i).setLong(2, i).setToNull(6).unset(6);
    }

    ByteBuffer[] expected = {
      encode(999, Integer.class, DataTypes.INT),
      encode("name-999", String.class, DataTypes.TEXT),
      encode(999L, Long.class, DataTypes.BIGINT),
      Primitives.UNSET,
      Primitives.UNSET,
      Primitives.UNSET,
      Primitives.UNSET,
      Primitives.UNSET
    };
    assertThat(encoded(withBound(bound))).isEqualTo(encoded(withValues(expected)));
  }

  @Test
  void should_keep_a_copy_s_values_apart_from_the_original_s() {
    BoundStatement original = prepared(VARIABLES, 0).bind().setInt(0, 1).setString(1, "one");
    BoundStatement copy = original.withPageSize(10);

    original.setInt(0, 2).setString(1, "two");
    copy.setLong(2, 3L);

    assertThat(copy.getBytesUnsafe(0)).isEqualTo(encode(1, Integer.class, DataTypes.INT));
    assertThat(copy.getBytesUnsafe(1)).isEqualTo(encode("one", String.class, DataTypes.TEXT));
    assertThat(original.getBytesUnsafe(0)).isEqualTo(encode(2, Integer.class, DataTypes.INT));
    assertThat(original.getBytesUnsafe(1)).isEqualTo(encode("two", String.class, DataTypes.TEXT));
    assertThat(original.isSet(2)).isFalse();
  }

  @Test
  void should_copy_raw_bytes_so_that_changing_the_caller_s_buffer_changes_nothing() {
    ByteBuffer raw = ByteBuffer.wrap(new byte[] {0, 0, 0, 9});
    BoundStatement bound = prepared(VARIABLES, 0).bind().setBytesUnsafe(0, raw);

    raw.put(3, (byte) 1);

    assertThat(bound.getBytesUnsafe(0)).isEqualTo(ByteBuffer.wrap(new byte[] {0, 0, 0, 9}));
    assertThat(raw.position()).isZero();
    assertThat(bound.getBytesUnsafe(0).isReadOnly()).isTrue();
  }

  @Test
  void should_build_the_routing_key_of_a_composite_partition_key() {
    BoundStatement bound = prepared(VARIABLES, 0, 1).bind().setInt(0, 7).setString(1, "ab");

    assertThat(bound.routingKey())
        .isEqualTo(ByteBuffer.wrap(new byte[] {0, 4, 0, 0, 0, 7, 0, 0, 2, 'a', 'b', 0}));
    assertThat(prepared(VARIABLES, 0, 1).bind().setInt(0, 7).routingKey()).isNull();
    assertThat(prepared(VARIABLES, 0, 1).bind().setInt(0, 7).setToNull(1).routingKey()).isNull();
    assertThat(prepared(VARIABLES, 1).bind().setString(1, "ab").routingKey())
        .isEqualTo(ByteBuffer.wrap(new byte[] {'a', 'b'}));
  }

  @Test
  void should_report_the_codec_s_error_for_an_instant_out_of_the_timestamp_range() {
    BoundStatement bound = prepared(VARIABLES, 0).bind();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> bound.setInstant(3, Instant.MAX))
        .isInstanceOf(io.sibyl.driver.error.CodecException.class)
        .hasMessageContaining("'updated'")
        .hasMessageContaining("64-bit milliseconds");
    assertThat(bound.isSet(3)).isFalse();
  }
}
