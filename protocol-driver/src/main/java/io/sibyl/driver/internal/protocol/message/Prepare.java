package io.sibyl.driver.internal.protocol.message;

import io.netty.buffer.ByteBuf;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.protocol.Opcode;
import io.sibyl.driver.internal.protocol.Primitives;
import io.sibyl.driver.internal.protocol.Request;
import java.util.Objects;

/**
 * PREPARE (spec section 4.1.5). Body: {@code <query>} in v4; {@code <query><flags>[<keyspace>]} in
 * v5, where flag 0x01 announces the keyspace.
 *
 * @param query the CQL text, a [long string]
 * @param keyspaceOrNull the keyspace to prepare in (v5 only), null for the connection's
 */
public record Prepare(String query, String keyspaceOrNull) implements Request {
  /** Flag (v5): a keyspace follows. */
  public static final int FLAG_WITH_KEYSPACE = 0x01;

  /** Checks the components. */
  public Prepare {
    Objects.requireNonNull(query, "query");
  }

  /** A PREPARE in the connection's keyspace. */
  public Prepare(String query) {
    this(query, null);
  }

  @Override
  public int opcode() {
    return Opcode.PREPARE;
  }

  @Override
  public int encodedSize(ProtocolVersion version) {
    int size = Primitives.sizeOfLongString(query);
    if (version != ProtocolVersion.V4) {
      size += 4;
      if (keyspaceOrNull != null) {
        size += Primitives.sizeOfString(keyspaceOrNull);
      }
    } else {
      checkV4();
    }
    return size;
  }

  @Override
  public void encode(ByteBuf out, ProtocolVersion version) {
    if (version == ProtocolVersion.V4) {
      checkV4();
      Primitives.writeLongString(out, query);
      return;
    }
    Primitives.writeLongString(out, query);
    out.writeInt(keyspaceOrNull == null ? 0 : FLAG_WITH_KEYSPACE);
    if (keyspaceOrNull != null) {
      Primitives.writeString(out, keyspaceOrNull);
    }
  }

  private void checkV4() {
    if (keyspaceOrNull != null) {
      throw new IllegalArgumentException(
          "Preparing in a given keyspace needs protocol v5; on v4 qualify table names instead");
    }
  }

  @Override
  public String toString() {
    return "PREPARE \"" + query + "\"" + (keyspaceOrNull == null ? "" : " in " + keyspaceOrNull);
  }
}
