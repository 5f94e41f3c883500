package io.sibyl.driver.internal.protocol.message;

import static io.sibyl.driver.internal.protocol.message.MessageTestSupport.assertEncodes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.Unpooled;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.protocol.Bytes;
import io.sibyl.driver.internal.protocol.Opcode;
import io.sibyl.driver.internal.protocol.Primitives;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryTest {
  private static final String CQL = "SELECT v FROM ks.t WHERE k = ?";
  private static final int LOCAL_QUORUM = 0x0006;
  private static final int LOCAL_SERIAL = 0x0009;

  @Test
  void should_encode_a_bare_query_in_v4_with_byte_flags() {
    Query query = new Query(CQL, QueryOptions.of(LOCAL_QUORUM));
    assertThat(query.opcode()).isEqualTo(Opcode.QUERY);
    assertEncodes(
        query,
        ProtocolVersion.V4,
        Bytes.builder().longString(CQL).int16(LOCAL_QUORUM).int8(0).build());
  }

  @Test
  void should_encode_a_bare_query_in_v5_with_int_flags() {
    assertEncodes(
        new Query(CQL, QueryOptions.of(LOCAL_QUORUM)),
        ProtocolVersion.V5,
        Bytes.builder().longString(CQL).int16(LOCAL_QUORUM).int32(0).build());
  }

  @Test
  void should_encode_every_v4_option_in_spec_order() {
    QueryOptions options =
        new QueryOptions(
            LOCAL_QUORUM,
            new ByteBuffer[] {ByteBuffer.wrap(new byte[] {1}), null, Primitives.UNSET},
            null,
            true,
            100,
            ByteBuffer.wrap(new byte[] {(byte) 0xAB}),
            LOCAL_SERIAL,
            1234L,
            null,
            QueryOptions.NO_NOW_IN_SECONDS);
    assertEncodes(
        new Query(CQL, options),
        ProtocolVersion.V4,
        Bytes.builder()
            .longString(CQL)
            .int16(LOCAL_QUORUM)
            .int8(0x01 | 0x02 | 0x04 | 0x08 | 0x10 | 0x20)
            .int16(3)
            .bytes(new byte[] {1})
            .int32(-1)
            .int32(-2)
            .int32(100)
            .bytes(new byte[] {(byte) 0xAB})
            .int16(LOCAL_SERIAL)
            .int64(1234L)
            .build());
  }

  @Test
  void should_encode_named_values_keyspace_and_now_in_seconds_in_v5() {
    QueryOptions options =
        new QueryOptions(
            1,
            new ByteBuffer[] {ByteBuffer.wrap(new byte[] {5})},
            List.of("k"),
            false,
            0,
            null,
            QueryOptions.NO_SERIAL_CONSISTENCY,
            QueryOptions.NO_TIMESTAMP,
            "ks",
            1_700_000_000);
    assertThat(options.flags()).isEqualTo(0x01 | 0x40 | 0x80 | 0x100);
    assertEncodes(
        new Query(CQL, options),
        ProtocolVersion.V5,
        Bytes.builder()
            .longString(CQL)
            .int16(1)
            .int32(0x01 | 0x40 | 0x80 | 0x100)
            .int16(1)
            .string("k")
            .bytes(new byte[] {5})
            .string("ks")
            .int32(1_700_000_000)
            .build());
  }

  @Test
  void should_refuse_v5_only_options_on_v4() {
    QueryOptions keyspace =
        new QueryOptions(
            1, null, null, false, 0, null, -1, Long.MIN_VALUE, "ks", Integer.MIN_VALUE);
    QueryOptions now = new QueryOptions(1, null, null, false, 0, null, -1, Long.MIN_VALUE, null, 5);
    for (QueryOptions options : List.of(keyspace, now)) {
      Query query = new Query(CQL, options);
      assertThatThrownBy(() -> query.encodedSize(ProtocolVersion.V4))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> query.encode(Unpooled.buffer(), ProtocolVersion.V4))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void should_refuse_names_that_do_not_match_the_values() {
    assertThatThrownBy(
            () ->
                new QueryOptions(
                    1, new ByteBuffer[1], List.of("a", "b"), false, 0, null, -1, 0, null, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void should_treat_empty_values_as_no_values() {
    assertThat(QueryOptions.of(1, new ByteBuffer[0]).flags()).isZero();
  }
}
