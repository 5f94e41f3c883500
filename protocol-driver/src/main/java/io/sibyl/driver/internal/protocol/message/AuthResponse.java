package io.sibyl.driver.internal.protocol.message;

import io.netty.buffer.ByteBuf;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.protocol.Opcode;
import io.sibyl.driver.internal.protocol.Primitives;
import io.sibyl.driver.internal.protocol.Request;

/**
 * AUTH_RESPONSE (spec section 4.1.2): answers AUTHENTICATE or AUTH_CHALLENGE. Body: a [bytes] token
 * (null allowed).
 *
 * @param token the SASL token
 */
public record AuthResponse(byte[] token) implements Request {
  @Override
  public int opcode() {
    return Opcode.AUTH_RESPONSE;
  }

  @Override
  public int encodedSize(ProtocolVersion version) {
    return Primitives.sizeOfBytes(token);
  }

  @Override
  public void encode(ByteBuf out, ProtocolVersion version) {
    Primitives.writeBytes(out, token);
  }

  @Override
  public String toString() {
    return "AUTH_RESPONSE(" + (token == null ? "null" : token.length + " bytes") + ")";
  }
}
