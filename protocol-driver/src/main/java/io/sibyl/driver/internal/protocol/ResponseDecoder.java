package io.sibyl.driver.internal.protocol;

import io.netty.buffer.ByteBuf;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.protocol.message.AuthChallenge;
import io.sibyl.driver.internal.protocol.message.AuthSuccess;
import io.sibyl.driver.internal.protocol.message.Authenticate;
import io.sibyl.driver.internal.protocol.message.Error;
import io.sibyl.driver.internal.protocol.message.Event;
import io.sibyl.driver.internal.protocol.message.Ready;
import io.sibyl.driver.internal.protocol.message.Result;
import io.sibyl.driver.internal.protocol.message.Supported;

/** The table from response opcode to the decoder of that message's body. */
public final class ResponseDecoder {
  private ResponseDecoder() {}

  /**
   * Decodes a response body (after tracing id, warnings and custom payload) by opcode. The body's
   * reader index is advanced; any bytes past the message are ignored, as the spec asks.
   *
   * @throws IllegalArgumentException if the opcode is not a response's
   * @throws IndexOutOfBoundsException if the body is truncated
   */
  public static Response decode(int opcode, ByteBuf body, ProtocolVersion version) {
    return switch (opcode) {
      case Opcode.ERROR -> Error.decode(body, version);
      case Opcode.READY -> Ready.decode(body, version);
      case Opcode.AUTHENTICATE -> Authenticate.decode(body, version);
      case Opcode.SUPPORTED -> Supported.decode(body, version);
      case Opcode.RESULT -> Result.decode(body, version);
      case Opcode.EVENT -> Event.decode(body, version);
      case Opcode.AUTH_CHALLENGE -> AuthChallenge.decode(body, version);
      case Opcode.AUTH_SUCCESS -> AuthSuccess.decode(body, version);
      default ->
          throw new IllegalArgumentException(
              "opcode " + Opcode.name(opcode) + " is not a response");
    };
  }
}
