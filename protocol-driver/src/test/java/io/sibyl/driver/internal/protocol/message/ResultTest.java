package io.sibyl.driver.internal.protocol.message;

import static io.sibyl.driver.internal.protocol.message.MessageTestSupport.decode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.protocol.Bytes;
import io.sibyl.driver.internal.protocol.Opcode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Void, Set_keyspace and Schema_change kinds; Rows and Prepared have their own tests. */
class ResultTest {
  @ParameterizedTest
  @EnumSource(ProtocolVersion.class)
  void should_decode_void(ProtocolVersion version) {
    Result result = decode(Bytes.builder().int32(1).build(), version, Result::decode);
    assertThat(result).isSameAs(VoidResult.INSTANCE);
    assertThat(result.opcode()).isEqualTo(Opcode.RESULT);
    assertThat(result.kind()).isEqualTo(Result.VOID);
  }

  @ParameterizedTest
  @EnumSource(ProtocolVersion.class)
  void should_decode_set_keyspace(ProtocolVersion version) {
    Result result = decode(Bytes.builder().int32(3).string("ks").build(), version, Result::decode);
    assertThat(result).isEqualTo(new SetKeyspaceResult("ks"));
    assertThat(result.kind()).isEqualTo(Result.SET_KEYSPACE);
  }

  @ParameterizedTest
  @EnumSource(ProtocolVersion.class)
  void should_decode_schema_change(ProtocolVersion version) {
    byte[] body =
        Bytes.builder()
            .int32(5)
            .string("CREATED")
            .string("AGGREGATE")
            .string("ks")
            .string("avg")
            .stringList("int")
            .build();
    Result result = decode(body, version, Result::decode);
    assertThat(result)
        .isEqualTo(new SchemaChangeResult("CREATED", "AGGREGATE", "ks", "avg", List.of("int")));
    assertThat(result.kind()).isEqualTo(Result.SCHEMA_CHANGE);
  }

  @ParameterizedTest
  @EnumSource(ProtocolVersion.class)
  void should_refuse_an_unknown_kind(ProtocolVersion version) {
    assertThatThrownBy(() -> decode(Bytes.builder().int32(6).build(), version, Result::decode))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
