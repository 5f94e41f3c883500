package io.sibyl.driver.internal.protocol.message;

import io.netty.buffer.ByteBuf;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.protocol.Opcode;
import io.sibyl.driver.internal.protocol.Response;

/** READY (spec section 4.2.2): the connection is ready, or a REGISTER succeeded. Empty body. */
public final class Ready implements Response {
  /** The only instance. */
  public static final Ready INSTANCE = new Ready();

  private Ready() {}

  /** Decodes the (empty) body. */
  public static Ready decode(ByteBuf body, ProtocolVersion version) {
    return INSTANCE;
  }

  @Override
  public int opcode() {
    return Opcode.READY;
  }

  @Override
  public String toString() {
    return "READY";
  }
}
