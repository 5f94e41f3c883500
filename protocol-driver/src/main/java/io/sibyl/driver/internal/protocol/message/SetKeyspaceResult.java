package io.sibyl.driver.internal.protocol.message;

import io.netty.buffer.ByteBuf;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.protocol.Primitives;

/**
 * The Set_keyspace RESULT (spec section 4.2.5.3), the answer to USE.
 *
 * @param keyspace the keyspace now in use
 */
public record SetKeyspaceResult(String keyspace) implements Result {
  /** Decodes the fields after the kind. */
  public static SetKeyspaceResult decode(ByteBuf body, ProtocolVersion version) {
    return new SetKeyspaceResult(Primitives.readString(body));
  }

  @Override
  public int kind() {
    return SET_KEYSPACE;
  }
}
