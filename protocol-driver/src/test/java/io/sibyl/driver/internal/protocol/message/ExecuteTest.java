package io.sibyl.driver.internal.protocol.message;

import static io.sibyl.driver.internal.protocol.message.MessageTestSupport.assertEncodes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.protocol.Bytes;
import io.sibyl.driver.internal.protocol.Opcode;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

class ExecuteTest {
  private static final byte[] ID = {1, 2, 3, 4};
  private static final byte[] RESULT_ID = {9, 8};
  private static final QueryOptions OPTIONS =
      new QueryOptions(
          1,
          new ByteBuffer[] {ByteBuffer.wrap(new byte[] {7})},
          null,
          true,
          5000,
          null,
          QueryOptions.NO_SERIAL_CONSISTENCY,
          QueryOptions.NO_TIMESTAMP,
          null,
          QueryOptions.NO_NOW_IN_SECONDS);

  @Test
  void should_encode_the_id_then_the_options_in_v4() {
    Execute execute = new Execute(ID, null, OPTIONS);
    assertThat(execute.opcode()).isEqualTo(Opcode.EXECUTE);
    assertEncodes(
        execute,
        ProtocolVersion.V4,
        Bytes.builder()
            .shortBytes(ID)
            .int16(1)
            .int8(0x01 | 0x02 | 0x04)
            .int16(1)
            .bytes(new byte[] {7})
            .int32(5000)
            .build());
  }

  @Test
  void should_ignore_a_result_metadata_id_in_v4() {
    assertThat(new Execute(ID, RESULT_ID, OPTIONS).encodedSize(ProtocolVersion.V4))
        .isEqualTo(new Execute(ID, null, OPTIONS).encodedSize(ProtocolVersion.V4));
  }

  @Test
  void should_encode_the_result_metadata_id_after_the_id_in_v5() {
    assertEncodes(
        new Execute(ID, RESULT_ID, OPTIONS),
        ProtocolVersion.V5,
        Bytes.builder()
            .shortBytes(ID)
            .shortBytes(RESULT_ID)
            .int16(1)
            .int32(0x01 | 0x02 | 0x04)
            .int16(1)
            .bytes(new byte[] {7})
            .int32(5000)
            .build());
  }

  @Test
  void should_need_the_result_metadata_id_in_v5() {
    assertThatThrownBy(() -> new Execute(ID, null, OPTIONS).encodedSize(ProtocolVersion.V5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("result metadata id");
  }
}
