package io.sibyl.driver.internal.protocol.message;

import static io.sibyl.driver.internal.protocol.message.MessageTestSupport.decode;
import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.protocol.Bytes;
import io.sibyl.driver.internal.protocol.Opcode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** READY, AUTHENTICATE, SUPPORTED, AUTH_CHALLENGE and AUTH_SUCCESS: the same in v4 and v5. */
class SimpleResponsesTest {
  @ParameterizedTest
  @EnumSource(ProtocolVersion.class)
  void should_decode_ready_from_an_empty_body(ProtocolVersion version) {
    Ready ready = decode(new byte[0], version, Ready::decode);
    assertThat(ready).isSameAs(Ready.INSTANCE);
    assertThat(ready.opcode()).isEqualTo(Opcode.READY);
  }

  @ParameterizedTest
  @EnumSource(ProtocolVersion.class)
  void should_decode_authenticate(ProtocolVersion version) {
    String authenticator = "org.apache.cassandra.auth.PasswordAuthenticator";
    Authenticate authenticate =
        decode(Bytes.builder().string(authenticator).build(), version, Authenticate::decode);
    assertThat(authenticate.authenticator()).isEqualTo(authenticator);
    assertThat(authenticate.opcode()).isEqualTo(Opcode.AUTHENTICATE);
  }

  @ParameterizedTest
  @EnumSource(ProtocolVersion.class)
  void should_decode_supported_in_wire_order(ProtocolVersion version) {
    byte[] body =
        Bytes.builder()
            .int16(2)
            .string("PROTOCOL_VERSIONS")
            .stringList("3/v3", "4/v4", "5/v5")
            .string("COMPRESSION")
            .stringList("snappy", "lz4")
            .build();
    Supported supported = decode(body, version, Supported::decode);
    assertThat(supported.options().keySet()).containsExactly("PROTOCOL_VERSIONS", "COMPRESSION");
    assertThat(supported.options().get(Supported.PROTOCOL_VERSIONS))
        .containsExactly("3/v3", "4/v4", "5/v5");
    assertThat(supported.options().get(Supported.COMPRESSION)).isEqualTo(List.of("snappy", "lz4"));
    assertThat(supported.opcode()).isEqualTo(Opcode.SUPPORTED);
  }

  @ParameterizedTest
  @EnumSource(ProtocolVersion.class)
  void should_decode_auth_challenge_and_auth_success_tokens(ProtocolVersion version) {
    byte[] token = {1, 2, 3};
    AuthChallenge challenge =
        decode(Bytes.builder().bytes(token).build(), version, AuthChallenge::decode);
    assertThat(challenge.token()).isEqualTo(token);
    assertThat(challenge.opcode()).isEqualTo(Opcode.AUTH_CHALLENGE);

    AuthSuccess success =
        decode(Bytes.builder().bytes(token).build(), version, AuthSuccess::decode);
    assertThat(success.token()).isEqualTo(token);
    assertThat(success.opcode()).isEqualTo(Opcode.AUTH_SUCCESS);

    assertThat(decode(Bytes.builder().int32(-1).build(), version, AuthSuccess::decode).token())
        .isNull();
  }
}
