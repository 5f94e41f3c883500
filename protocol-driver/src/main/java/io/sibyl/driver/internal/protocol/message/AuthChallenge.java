package io.sibyl.driver.internal.protocol.message;

import io.netty.buffer.ByteBuf;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.protocol.Opcode;
import io.sibyl.driver.internal.protocol.Primitives;
import io.sibyl.driver.internal.protocol.Response;

/**
 * AUTH_CHALLENGE (spec section 4.2.7): a SASL challenge. Body: a [bytes] token.
 *
 * @param token the challenge, possibly null
 */
public record AuthChallenge(byte[] token) implements Response {
  /** Decodes the body. */
  public static AuthChallenge decode(ByteBuf body, ProtocolVersion version) {
    return new AuthChallenge(Primitives.readBytesAsArray(body));
  }

  @Override
  public int opcode() {
    return Opcode.AUTH_CHALLENGE;
  }

  @Override
  public String toString() {
    return "AUTH_CHALLENGE(" + (token == null ? "null" : token.length + " bytes") + ")";
  }
}
