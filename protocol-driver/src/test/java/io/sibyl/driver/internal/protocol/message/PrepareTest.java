package io.sibyl.driver.internal.protocol.message;

import static io.sibyl.driver.internal.protocol.message.MessageTestSupport.assertEncodes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.protocol.Bytes;
import io.sibyl.driver.internal.protocol.Opcode;
import org.junit.jupiter.api.Test;

class PrepareTest {
  private static final String CQL = "INSERT INTO t (k) VALUES (?)";

  @Test
  void should_encode_only_the_query_in_v4() {
    Prepare prepare = new Prepare(CQL);
    assertThat(prepare.opcode()).isEqualTo(Opcode.PREPARE);
    assertEncodes(prepare, ProtocolVersion.V4, Bytes.builder().longString(CQL).build());
  }

  @Test
  void should_encode_empty_flags_in_v5() {
    assertEncodes(
        new Prepare(CQL), ProtocolVersion.V5, Bytes.builder().longString(CQL).int32(0).build());
  }

  @Test
  void should_encode_the_keyspace_flag_and_keyspace_in_v5() {
    assertEncodes(
        new Prepare(CQL, "ks"),
        ProtocolVersion.V5,
        Bytes.builder().longString(CQL).int32(0x01).string("ks").build());
  }

  @Test
  void should_refuse_a_keyspace_in_v4() {
    assertThatThrownBy(() -> new Prepare(CQL, "ks").encodedSize(ProtocolVersion.V4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("v5");
  }
}
