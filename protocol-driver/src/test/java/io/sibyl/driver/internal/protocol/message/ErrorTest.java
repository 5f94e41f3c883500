package io.sibyl.driver.internal.protocol.message;

import static io.sibyl.driver.internal.protocol.message.MessageTestSupport.decode;
import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.protocol.Bytes;
import io.sibyl.driver.internal.protocol.Opcode;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorTest {
  private static final int QUORUM = 4;

  private static Bytes error(int code) {
    return Bytes.builder().int32(code).string("oops");
  }

  private static Error decodeError(Bytes body, ProtocolVersion version) {
    Error error = decode(body.build(), version, Error::decode);
    assertThat(error.message()).isEqualTo("oops");
    assertThat(error.opcode()).isEqualTo(Opcode.ERROR);
    return error;
  }

  @ParameterizedTest
  @ValueSource(
      ints = {
        Error.SERVER_ERROR, Error.PROTOCOL_ERROR, Error.BAD_CREDENTIALS, Error.OVERLOADED,
        Error.IS_BOOTSTRAPPING, Error.TRUNCATE_ERROR, Error.CDC_WRITE_FAILURE, Error.SYNTAX_ERROR,
        Error.UNAUTHORIZED, Error.INVALID, Error.CONFIG_ERROR
      })
  void should_decode_codes_without_details(int code) {
    for (ProtocolVersion version : ProtocolVersion.values()) {
      Error error = decodeError(error(code), version);
      assertThat(error.code()).isEqualTo(code);
      assertThat(error.details()).isSameAs(ErrorDetails.NONE);
      assertThat(Error.codeName(code)).doesNotStartWith("UNKNOWN");
    }
  }

  @ParameterizedTest
  @EnumSource(ProtocolVersion.class)
  void should_decode_unavailable(ProtocolVersion version) {
    Error error = decodeError(error(Error.UNAVAILABLE).int16(QUORUM).int32(3).int32(1), version);
    assertThat(error.details()).isEqualTo(new ErrorDetails.Unavailable(QUORUM, 3, 1));
  }

  @Test
  void should_decode_a_v4_write_timeout_without_contentions() {
    Error error =
        decodeError(
            error(Error.WRITE_TIMEOUT).int16(QUORUM).int32(1).int32(2).string("CAS"),
            ProtocolVersion.V4);
    assertThat(error.details()).isEqualTo(new ErrorDetails.WriteTimeout(QUORUM, 1, 2, "CAS", -1));
  }

  @Test
  void should_decode_a_v5_cas_write_timeout_with_contentions() {
    Error error =
        decodeError(
            error(Error.WRITE_TIMEOUT).int16(QUORUM).int32(1).int32(2).string("CAS").int16(3),
            ProtocolVersion.V5);
    assertThat(error.details()).isEqualTo(new ErrorDetails.WriteTimeout(QUORUM, 1, 2, "CAS", 3));
    Error simple =
        decodeError(
            error(Error.WRITE_TIMEOUT).int16(QUORUM).int32(1).int32(2).string("SIMPLE"),
            ProtocolVersion.V5);
    assertThat(simple.details())
        .isEqualTo(new ErrorDetails.WriteTimeout(QUORUM, 1, 2, "SIMPLE", -1));
  }

  @ParameterizedTest
  @EnumSource(ProtocolVersion.class)
  void should_decode_read_timeout(ProtocolVersion version) {
    Error error =
        decodeError(error(Error.READ_TIMEOUT).int16(QUORUM).int32(1).int32(2).int8(0), version);
    assertThat(error.details()).isEqualTo(new ErrorDetails.ReadTimeout(QUORUM, 1, 2, false));
  }

  @Test
  void should_decode_a_v4_read_failure_with_a_failure_count() {
    Error error =
        decodeError(
            error(Error.READ_FAILURE).int16(QUORUM).int32(1).int32(2).int32(1).int8(1),
            ProtocolVersion.V4);
    assertThat(error.details())
        .isEqualTo(new ErrorDetails.ReadFailure(QUORUM, 1, 2, 1, Map.of(), true));
  }

  @Test
  void should_decode_a_v5_read_failure_with_a_reason_map() throws Exception {
    Error error =
        decodeError(
            error(Error.READ_FAILURE)
                .int16(QUORUM)
                .int32(1)
                .int32(2)
                .int32(1)
                .int8(4)
                .hex("0a000001")
                .int16(0x0001)
                .int8(1),
            ProtocolVersion.V5);
    assertThat(error.details())
        .isEqualTo(
            new ErrorDetails.ReadFailure(
                QUORUM, 1, 2, 1, Map.of(InetAddress.getByName("10.0.0.1"), 1), true));
  }

  @Test
  void should_decode_write_failures_in_v4_and_v5() throws Exception {
    Error v4 =
        decodeError(
            error(Error.WRITE_FAILURE).int16(QUORUM).int32(0).int32(2).int32(2).string("BATCH"),
            ProtocolVersion.V4);
    assertThat(v4.details())
        .isEqualTo(new ErrorDetails.WriteFailure(QUORUM, 0, 2, 2, Map.of(), "BATCH"));
    Error v5 =
        decodeError(
            error(Error.WRITE_FAILURE)
                .int16(QUORUM)
                .int32(0)
                .int32(2)
                .int32(1)
                .int8(4)
                .hex("0a000002")
                .int16(0x0002)
                .string("SIMPLE"),
            ProtocolVersion.V5);
    assertThat(v5.details())
        .isEqualTo(
            new ErrorDetails.WriteFailure(
                QUORUM, 0, 2, 1, Map.of(InetAddress.getByName("10.0.0.2"), 2), "SIMPLE"));
  }

  @ParameterizedTest
  @EnumSource(ProtocolVersion.class)
  void should_decode_function_failure(ProtocolVersion version) {
    Error error =
        decodeError(
            error(Error.FUNCTION_FAILURE).string("ks").string("f").stringList("int"), version);
    assertThat(error.details())
        .isEqualTo(new ErrorDetails.FunctionFailure("ks", "f", List.of("int")));
  }

  @ParameterizedTest
  @EnumSource(ProtocolVersion.class)
  void should_decode_already_exists_with_an_empty_table_for_a_keyspace(ProtocolVersion version) {
    Error error = decodeError(error(Error.ALREADY_EXISTS).string("ks").string(""), version);
    assertThat(error.details()).isEqualTo(new ErrorDetails.AlreadyExists("ks", ""));
  }

  @ParameterizedTest
  @EnumSource(ProtocolVersion.class)
  void should_decode_unprepared_with_its_id(ProtocolVersion version) {
    Error error = decodeError(error(Error.UNPREPARED).shortBytes(new byte[] {1, 2, 3}), version);
    assertThat(((ErrorDetails.Unprepared) error.details()).id()).containsExactly(1, 2, 3);
    assertThat(error.toString()).contains("010203");
  }

  @ParameterizedTest
  @EnumSource(ProtocolVersion.class)
  void should_decode_cas_write_unknown(ProtocolVersion version) {
    Error error = decodeError(error(Error.CAS_WRITE_UNKNOWN).int16(9).int32(1).int32(2), version);
    assertThat(error.details()).isEqualTo(new ErrorDetails.CasWriteUnknown(9, 1, 2));
  }

  @Test
  void should_name_unknown_codes() {
    assertThat(Error.codeName(0x9999)).isEqualTo("UNKNOWN(0x9999)");
  }
}
