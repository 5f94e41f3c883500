package io.sibyl.driver.internal.protocol.message;

import io.netty.buffer.ByteBuf;
import io.sibyl.driver.ProtocolVersion;
import java.util.List;

/**
 * The Schema_change RESULT (spec section 4.2.5.5): the same fields as a SCHEMA_CHANGE event.
 *
 * @param changeType {@code "CREATED"}, {@code "UPDATED"} or {@code "DROPPED"}
 * @param target {@code "KEYSPACE"}, {@code "TABLE"}, {@code "TYPE"}, {@code "FUNCTION"} or {@code
 *     "AGGREGATE"}
 * @param keyspace the keyspace changed or holding the changed object
 * @param name the object's name, null for a keyspace
 * @param argTypes the argument types of a function or aggregate, else empty
 */
public record SchemaChangeResult(
    String changeType, String target, String keyspace, String name, List<String> argTypes)
    implements Result {

  /** Copies the argument types. */
  public SchemaChangeResult {
    argTypes = argTypes == null ? List.of() : List.copyOf(argTypes);
  }

  /** Decodes the fields after the kind. */
  public static SchemaChangeResult decode(ByteBuf body, ProtocolVersion version) {
    Event.SchemaChangeEvent fields = Event.SchemaChangeEvent.decodeFields(body);
    return new SchemaChangeResult(
        fields.changeType(), fields.target(), fields.keyspace(), fields.name(), fields.argTypes());
  }

  @Override
  public int kind() {
    return SCHEMA_CHANGE;
  }
}
