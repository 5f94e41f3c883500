package io.sibyl.driver.internal.protocol.message;

import io.netty.buffer.ByteBuf;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.protocol.Opcode;
import io.sibyl.driver.internal.protocol.Primitives;
import io.sibyl.driver.internal.protocol.Request;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Objects;

/**
 * BATCH (spec section 4.1.7). Body: {@code <type><n><query_1>...<query_n><consistency><flags>
 * [<serial_consistency>][<timestamp>][<keyspace>][<now_in_seconds>]}, flags a [byte] in v4 and an
 * [int] in v5. Named values (flag 0x40) are not supported: the spec says they do not work.
 *
 * @param type {@link #LOGGED}, {@link #UNLOGGED} or {@link #COUNTER}
 * @param queriesOrIds for each statement, a CQL {@code String} or a prepared id {@code byte[]}
 * @param values for each statement, its values (null or empty: none; a null element is a null
 *     value, {@link Primitives#UNSET} an unset one); null for no values at all
 * @param consistency the [consistency] code
 * @param serialConsistency the serial [consistency] code, {@link
 *     QueryOptions#NO_SERIAL_CONSISTENCY} for none
 * @param defaultTimestamp microseconds, {@link QueryOptions#NO_TIMESTAMP} for none
 * @param keyspace the keyspace to run in, null for the connection's (v5 only)
 * @param nowInSeconds {@link QueryOptions#NO_NOW_IN_SECONDS} for none (v5 only)
 */
public record Batch(
    int type,
    List<Object> queriesOrIds,
    List<ByteBuffer[]> values,
    int consistency,
    int serialConsistency,
    long defaultTimestamp,
    String keyspace,
    int nowInSeconds)
    implements Request {

  /** A logged batch. */
  public static final int LOGGED = 0;

  /** An unlogged batch. */
  public static final int UNLOGGED = 1;

  /** A counter batch. */
  public static final int COUNTER = 2;

  /** Checks the components. */
  public Batch {
    if (type < LOGGED || type > COUNTER) {
      throw new IllegalArgumentException("Batch type must be 0, 1 or 2, got " + type);
    }
    Objects.requireNonNull(queriesOrIds, "queriesOrIds");
    if (values != null && values.size() != queriesOrIds.size()) {
      throw new IllegalArgumentException(
          values.size() + " value lists for " + queriesOrIds.size() + " batch statements");
    }
    for (Object queryOrId : queriesOrIds) {
      if (!(queryOrId instanceof String) && !(queryOrId instanceof byte[])) {
        throw new IllegalArgumentException(
            "A batch statement is a CQL String or a prepared id byte[], got " + queryOrId);
      }
    }
  }

  @Override
  public int opcode() {
    return Opcode.BATCH;
  }

  private int flags(ProtocolVersion version) {
    int flags = 0;
    if (serialConsistency != QueryOptions.NO_SERIAL_CONSISTENCY) {
      flags |= QueryOptions.FLAG_SERIAL_CONSISTENCY;
    }
    if (defaultTimestamp != QueryOptions.NO_TIMESTAMP) {
      flags |= QueryOptions.FLAG_DEFAULT_TIMESTAMP;
    }
    if (keyspace != null) {
      flags |= QueryOptions.FLAG_WITH_KEYSPACE;
    }
    if (nowInSeconds != QueryOptions.NO_NOW_IN_SECONDS) {
      flags |= QueryOptions.FLAG_WITH_NOW_IN_SECONDS;
    }
    QueryOptions.checkV5Only(flags, version);
    return flags;
  }

  @Override
  public int encodedSize(ProtocolVersion version) {
    int flags = flags(version);
    int size = 1 + 2;
    for (int i = 0; i < queriesOrIds.size(); i++) {
      Object queryOrId = queriesOrIds.get(i);
      size += 1;
      size +=
          queryOrId instanceof String query
              ? Primitives.sizeOfLongString(query)
              : Primitives.sizeOfShortBytes((byte[]) queryOrId);
      size += 2;
      ByteBuffer[] statementValues = valuesOf(i);
      if (statementValues != null) {
        for (ByteBuffer value : statementValues) {
          size += Primitives.sizeOfValue(value);
        }
      }
    }
    size += 2 + QueryOptions.flagsSize(version);
    if ((flags & QueryOptions.FLAG_SERIAL_CONSISTENCY) != 0) {
      size += 2;
    }
    if ((flags & QueryOptions.FLAG_DEFAULT_TIMESTAMP) != 0) {
      size += 8;
    }
    if ((flags & QueryOptions.FLAG_WITH_KEYSPACE) != 0) {
      size += Primitives.sizeOfString(keyspace);
    }
    if ((flags & QueryOptions.FLAG_WITH_NOW_IN_SECONDS) != 0) {
      size += 4;
    }
    return size;
  }

  @Override
  public void encode(ByteBuf out, ProtocolVersion version) {
    int flags = flags(version);
    out.writeByte(type);
    Primitives.writeShort(out, queriesOrIds.size());
    for (int i = 0; i < queriesOrIds.size(); i++) {
      Object queryOrId = queriesOrIds.get(i);
      if (queryOrId instanceof String query) {
        out.writeByte(0);
        Primitives.writeLongString(out, query);
      } else {
        out.writeByte(1);
        Primitives.writeShortBytes(out, (byte[]) queryOrId);
      }
      ByteBuffer[] statementValues = valuesOf(i);
      if (statementValues == null) {
        out.writeShort(0);
      } else {
        Primitives.writeShort(out, statementValues.length);
        for (ByteBuffer value : statementValues) {
          Primitives.writeValue(out, value);
        }
      }
    }
    Primitives.writeConsistency(out, consistency);
    QueryOptions.writeFlags(out, flags, version);
    if ((flags & QueryOptions.FLAG_SERIAL_CONSISTENCY) != 0) {
      Primitives.writeConsistency(out, serialConsistency);
    }
    if ((flags & QueryOptions.FLAG_DEFAULT_TIMESTAMP) != 0) {
      out.writeLong(defaultTimestamp);
    }
    if ((flags & QueryOptions.FLAG_WITH_KEYSPACE) != 0) {
      Primitives.writeString(out, keyspace);
    }
    if ((flags & QueryOptions.FLAG_WITH_NOW_IN_SECONDS) != 0) {
      out.writeInt(nowInSeconds);
    }
  }

  private ByteBuffer[] valuesOf(int statement) {
    return values == null ? null : values.get(statement);
  }

  @Override
  public String toString() {
    return "BATCH(type=" + type + ", " + queriesOrIds.size() + " statements)";
  }
}
