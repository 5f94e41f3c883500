package io.sibyl.driver.internal.protocol.message;

import static io.sibyl.driver.internal.protocol.message.MessageTestSupport.assertEncodes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.protocol.Bytes;
import io.sibyl.driver.internal.protocol.Opcode;
import io.sibyl.driver.internal.protocol.Primitives;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchTest {
  private static final byte[] ID = {0x0A, 0x0B};
  private static final List<Object> STATEMENTS = List.of("INSERT INTO t (k) VALUES (1)", ID);
  private static final List<ByteBuffer[]> VALUES =
      Arrays.asList(null, new ByteBuffer[] {ByteBuffer.wrap(new byte[] {3}), Primitives.UNSET});

  private static Batch batch(long timestamp, String keyspace, int nowInSeconds) {
    return new Batch(Batch.UNLOGGED, STATEMENTS, VALUES, 4, 9, timestamp, keyspace, nowInSeconds);
  }

  private static Bytes statements() {
    return Bytes.builder()
        .int8(Batch.UNLOGGED)
        .int16(2)
        .int8(0)
        .longString("INSERT INTO t (k) VALUES (1)")
        .int16(0)
        .int8(1)
        .shortBytes(ID)
        .int16(2)
        .bytes(new byte[] {3})
        .int32(-2)
        .int16(4);
  }

  @Test
  void should_encode_statements_and_byte_flags_in_v4() {
    Batch batch = batch(42L, null, QueryOptions.NO_NOW_IN_SECONDS);
    assertThat(batch.opcode()).isEqualTo(Opcode.BATCH);
    assertEncodes(
        batch, ProtocolVersion.V4, statements().int8(0x10 | 0x20).int16(9).int64(42L).build());
  }

  @Test
  void should_encode_int_flags_keyspace_and_now_in_seconds_in_v5() {
    assertEncodes(
        batch(42L, "ks", 77),
        ProtocolVersion.V5,
        statements()
            .int32(0x10 | 0x20 | 0x80 | 0x100)
            .int16(9)
            .int64(42L)
            .string("ks")
            .int32(77)
            .build());
  }

  @Test
  void should_encode_no_optional_part_when_none_is_set() {
    Batch batch =
        new Batch(
            Batch.LOGGED,
            List.of("A"),
            null,
            1,
            QueryOptions.NO_SERIAL_CONSISTENCY,
            QueryOptions.NO_TIMESTAMP,
            null,
            QueryOptions.NO_NOW_IN_SECONDS);
    assertEncodes(
        batch,
        ProtocolVersion.V5,
        Bytes.builder()
            .int8(0)
            .int16(1)
            .int8(0)
            .longString("A")
            .int16(0)
            .int16(1)
            .int32(0)
            .build());
  }

  @Test
  void should_refuse_v5_only_options_on_v4() {
    assertThatThrownBy(() -> batch(42L, "ks", 77).encodedSize(ProtocolVersion.V4))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void should_refuse_bad_statements_and_mismatched_values() {
    assertThatThrownBy(() -> new Batch(3, List.of(), null, 1, -1, 0, null, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Batch(0, List.of(42), null, 1, -1, 0, null, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Batch(0, List.of("A"), List.of(), 1, -1, 0, null, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
