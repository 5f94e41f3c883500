package io.sibyl.driver.internal.protocol.message;

import io.netty.buffer.ByteBuf;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.protocol.Opcode;
import io.sibyl.driver.internal.protocol.Primitives;
import io.sibyl.driver.internal.protocol.Response;

/**
 * AUTHENTICATE (spec section 4.2.3): the server requires authentication. Body: a [string], the
 * server's authenticator class.
 *
 * @param authenticator the fully qualified name of the server's IAuthenticator
 */
public record Authenticate(String authenticator) implements Response {
  /** Decodes the body. */
  public static Authenticate decode(ByteBuf body, ProtocolVersion version) {
    return new Authenticate(Primitives.readString(body));
  }

  @Override
  public int opcode() {
    return Opcode.AUTHENTICATE;
  }
}
