package io.sibyl.driver.internal.protocol.message;

import static io.sibyl.driver.internal.protocol.message.MessageTestSupport.decode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.protocol.Bytes;
import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.UserDefinedType;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DataTypeDecoderTest {
  private static DataType type(Bytes bytes, ProtocolVersion version) {
    return decode(bytes.build(), version, DataTypeDecoder::decode);
  }

  @ParameterizedTest
  @EnumSource(ProtocolVersion.class)
  void should_decode_primitives_and_the_varchar_alias(ProtocolVersion version) {
    assertThat(type(Bytes.builder().int16(0x0002), version)).isEqualTo(DataTypes.BIGINT);
    assertThat(type(Bytes.builder().int16(0x000A), version)).isEqualTo(DataTypes.TEXT);
    assertThat(type(Bytes.builder().int16(0x0015), version)).isEqualTo(DataTypes.DURATION);
  }

  @ParameterizedTest
  @EnumSource(ProtocolVersion.class)
  void should_decode_a_custom_type(ProtocolVersion version) {
    String className = "org.apache.cassandra.db.marshal.BytesType";
    assertThat(type(Bytes.builder().int16(0).string(className), version))
        .isEqualTo(DataTypes.custom(className));
  }

  @ParameterizedTest
  @EnumSource(ProtocolVersion.class)
  void should_decode_collections_nested_to_any_depth(ProtocolVersion version) {
    // map<text, list<frozen<set<int>>>>
    Bytes bytes = Bytes.builder().int16(0x21).int16(0x0D).int16(0x20).int16(0x22).int16(0x09);
    assertThat(type(bytes, version))
        .isEqualTo(
            DataTypes.mapOf(
                DataTypes.TEXT,
                DataTypes.listOf(DataTypes.setOf(DataTypes.INT, true), true),
                false));
  }

  @ParameterizedTest
  @EnumSource(ProtocolVersion.class)
  void should_decode_a_udt_holding_a_tuple(ProtocolVersion version) {
    Bytes bytes =
        Bytes.builder()
            .int16(0x30)
            .string("ks")
            .string("address")
            .int16(2)
            .string("street")
            .int16(0x0D)
            .string("geo")
            .int16(0x31)
            .int16(2)
            .int16(0x07)
            .int16(0x07);
    assertThat(type(bytes, version))
        .isEqualTo(
            new UserDefinedType(
                "ks",
                "address",
                List.of("street", "geo"),
                List.of(DataTypes.TEXT, DataTypes.tupleOf(DataTypes.DOUBLE, DataTypes.DOUBLE)),
                false));
  }

  @ParameterizedTest
  @EnumSource(ProtocolVersion.class)
  void should_refuse_unknown_ids_and_absurd_nesting(ProtocolVersion version) {
    assertThatThrownBy(() -> type(Bytes.builder().int16(0x0040), version))
        .isInstanceOf(IllegalArgumentException.class);
    Bytes deep = Bytes.builder();
    for (int i = 0; i < 100; i++) {
      deep.int16(0x20);
    }
    deep.int16(0x09);
    assertThatThrownBy(() -> type(deep, version)).isInstanceOf(IllegalArgumentException.class);
  }
}
