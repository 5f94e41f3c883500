package io.sibyl.driver.internal.protocol.message;

import static io.sibyl.driver.internal.protocol.message.MessageTestSupport.assertEncodes;
import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.protocol.Bytes;
import io.sibyl.driver.internal.protocol.Opcode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** STARTUP, OPTIONS, REGISTER and AUTH_RESPONSE: the same layout in v4 and v5. */
class SimpleRequestsTest {
  @ParameterizedTest
  @EnumSource(ProtocolVersion.class)
  void should_encode_startup_as_a_string_map(ProtocolVersion version) {
    Map<String, String> options = new LinkedHashMap<>();
    options.put(Startup.CQL_VERSION, "3.0.0");
    options.put(Startup.COMPRESSION, "lz4");
    Startup startup = new Startup(options);
    assertThat(startup.opcode()).isEqualTo(Opcode.STARTUP);
    assertEncodes(
        startup,
        version,
        Bytes.builder()
            .int16(2)
            .string("CQL_VERSION")
            .string("3.0.0")
            .string("COMPRESSION")
            .string("lz4")
            .build());
  }

  @ParameterizedTest
  @EnumSource(ProtocolVersion.class)
  void should_encode_options_as_an_empty_body(ProtocolVersion version) {
    assertThat(Options.INSTANCE.opcode()).isEqualTo(Opcode.OPTIONS);
    assertEncodes(Options.INSTANCE, version, new byte[0]);
  }

  @ParameterizedTest
  @EnumSource(ProtocolVersion.class)
  void should_encode_register_as_a_string_list(ProtocolVersion version) {
    Register register = new Register(List.of(Event.STATUS_CHANGE, Event.SCHEMA_CHANGE));
    assertThat(register.opcode()).isEqualTo(Opcode.REGISTER);
    assertEncodes(
        register, version, Bytes.builder().stringList("STATUS_CHANGE", "SCHEMA_CHANGE").build());
  }

  @ParameterizedTest
  @EnumSource(ProtocolVersion.class)
  void should_encode_auth_response_as_bytes_null_included(ProtocolVersion version) {
    byte[] token = Bytes.ascii("\0user\0pass");
    AuthResponse response = new AuthResponse(token);
    assertThat(response.opcode()).isEqualTo(Opcode.AUTH_RESPONSE);
    assertThat(response.toString()).doesNotContain("pass");
    assertEncodes(response, version, Bytes.builder().bytes(token).build());
    assertEncodes(new AuthResponse(null), version, Bytes.builder().int32(-1).build());
  }
}
