package io.sibyl.driver.internal.protocol.message;

import io.netty.buffer.ByteBuf;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.protocol.Opcode;
import io.sibyl.driver.internal.protocol.Primitives;
import io.sibyl.driver.internal.protocol.Request;
import java.util.List;

/**
 * REGISTER (spec section 4.1.8): subscribes the connection to events. Body: a [string list] of
 * event types ({@link Event#TOPOLOGY_CHANGE}, {@link Event#STATUS_CHANGE}, {@link
 * Event#SCHEMA_CHANGE}).
 *
 * @param eventTypes the event types
 */
public record Register(List<String> eventTypes) implements Request {
  /** Copies the list. */
  public Register {
    eventTypes = List.copyOf(eventTypes);
  }

  @Override
  public int opcode() {
    return Opcode.REGISTER;
  }

  @Override
  public int encodedSize(ProtocolVersion version) {
    return Primitives.sizeOfStringList(eventTypes);
  }

  @Override
  public void encode(ByteBuf out, ProtocolVersion version) {
    Primitives.writeStringList(out, eventTypes);
  }
}
