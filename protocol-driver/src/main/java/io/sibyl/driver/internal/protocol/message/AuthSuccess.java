package io.sibyl.driver.internal.protocol.message;

import io.netty.buffer.ByteBuf;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.protocol.Opcode;
import io.sibyl.driver.internal.protocol.Primitives;
import io.sibyl.driver.internal.protocol.Response;

/**
 * AUTH_SUCCESS (spec section 4.2.8): authentication succeeded. Body: a [bytes] token.
 *
 * @param token the final token, possibly null
 */
public record AuthSuccess(byte[] token) implements Response {
  /** Decodes the body. */
  public static AuthSuccess decode(ByteBuf body, ProtocolVersion version) {
    return new AuthSuccess(Primitives.readBytesAsArray(body));
  }

  @Override
  public int opcode() {
    return Opcode.AUTH_SUCCESS;
  }

  @Override
  public String toString() {
    return "AUTH_SUCCESS(" + (token == null ? "null" : token.length + " bytes") + ")";
  }
}
