package io.sibyl.driver.internal.protocol.message;

import io.netty.buffer.ByteBuf;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.protocol.Opcode;
import io.sibyl.driver.internal.protocol.Request;

/** OPTIONS (spec section 4.1.3): asks for the supported STARTUP options. Empty body. */
public final class Options implements Request {
  /** The only instance. */
  public static final Options INSTANCE = new Options();

  private Options() {}

  @Override
  public int opcode() {
    return Opcode.OPTIONS;
  }

  @Override
  public int encodedSize(ProtocolVersion version) {
    return 0;
  }

  @Override
  public void encode(ByteBuf out, ProtocolVersion version) {}

  @Override
  public String toString() {
    return "OPTIONS";
  }
}
