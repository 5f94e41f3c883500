package io.sibyl.driver.internal.protocol.message;

import io.netty.buffer.ByteBuf;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.protocol.BoundValues;
import io.sibyl.driver.internal.protocol.Primitives;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * The {@code <query_parameters>} of QUERY and EXECUTE (spec section 4.1.4): consistency, flags and
 * the optional parts the flags announce. The flags are a [byte] in v4 and an [int] in v5.
 *
 * @param consistency the [consistency] code (ANY 0x0000 ... LOCAL_ONE 0x000A)
 * @param values the bound values: null or empty for none; a null element is a null value, {@link
 *     Primitives#UNSET} an unset one
 * @param valueNames the bind marker names of {@code values}, null unless values are named
 * @param skipMetadata whether the server may omit the result metadata
 * @param pageSize the page size in rows, {@code <= 0} for none
 * @param pagingState the paging state of the page to fetch, null for the first page
 * @param serialConsistency the serial [consistency] code, {@link #NO_SERIAL_CONSISTENCY} for none
 * @param defaultTimestamp the default timestamp in microseconds, {@link #NO_TIMESTAMP} for none
 * @param keyspace the keyspace to run in, null for the connection's (v5 only)
 * @param nowInSeconds the server's "now" override, {@link #NO_NOW_IN_SECONDS} for none (v5 only)
 * @param boundValues the values of a bound statement, written straight from its serialized store
 *     (then {@code values} and {@code valueNames} are null), or null
 */
public record QueryOptions(
    int consistency,
    ByteBuffer[] values,
    List<String> valueNames,
    boolean skipMetadata,
    int pageSize,
    ByteBuffer pagingState,
    int serialConsistency,
    long defaultTimestamp,
    String keyspace,
    int nowInSeconds,
    BoundValues boundValues) {

  /** {@code serialConsistency} value meaning none. */
  public static final int NO_SERIAL_CONSISTENCY = -1;

  /** {@code defaultTimestamp} value meaning none. */
  public static final long NO_TIMESTAMP = Long.MIN_VALUE;

  /** {@code nowInSeconds} value meaning none. */
  public static final int NO_NOW_IN_SECONDS = Integer.MIN_VALUE;

  /** Flag: values follow. */
  public static final int FLAG_VALUES = 0x01;

  /** Flag: skip result metadata. */
  public static final int FLAG_SKIP_METADATA = 0x02;

  /** Flag: a page size follows. */
  public static final int FLAG_PAGE_SIZE = 0x04;

  /** Flag: a paging state follows. */
  public static final int FLAG_PAGING_STATE = 0x08;

  /** Flag: a serial consistency follows. */
  public static final int FLAG_SERIAL_CONSISTENCY = 0x10;

  /** Flag: a default timestamp follows. */
  public static final int FLAG_DEFAULT_TIMESTAMP = 0x20;

  /** Flag: each value is preceded by its name. */
  public static final int FLAG_NAMES_FOR_VALUES = 0x40;

  /** Flag (v5): a keyspace follows. */
  public static final int FLAG_WITH_KEYSPACE = 0x80;

  /** Flag (v5): a now-in-seconds follows. */
  public static final int FLAG_WITH_NOW_IN_SECONDS = 0x100;

  /** Checks that names, if any, match the values one for one. */
  public QueryOptions {
    int valueCount = values == null ? 0 : values.length;
    if (valueNames != null && valueNames.size() != valueCount) {
      throw new IllegalArgumentException(
          valueNames.size() + " value names for " + valueCount + " values");
    }
    if (boundValues != null && values != null) {
      throw new IllegalArgumentException("Either values or bound values, not both");
    }
  }

  /** Options whose values (if any) are given one buffer each. */
  public QueryOptions(
      int consistency,
      ByteBuffer[] values,
      List<String> valueNames,
      boolean skipMetadata,
      int pageSize,
      ByteBuffer pagingState,
      int serialConsistency,
      long defaultTimestamp,
      String keyspace,
      int nowInSeconds) {
    this(
        consistency,
        values,
        valueNames,
        skipMetadata,
        pageSize,
        pagingState,
        serialConsistency,
        defaultTimestamp,
        keyspace,
        nowInSeconds,
        null);
  }

  /** The number of values these options carry. */
  public int valueCount() {
    if (boundValues != null) {
      return boundValues.count();
    }
    return values == null ? 0 : values.length;
  }

  /** Options with only a consistency: no values, no paging, nothing optional. */
  public static QueryOptions of(int consistency) {
    return of(consistency, null);
  }

  /** Options with a consistency and positional values (null: none). */
  public static QueryOptions of(int consistency, ByteBuffer[] values) {
    return new QueryOptions(
        consistency,
        values,
        null,
        false,
        -1,
        null,
        NO_SERIAL_CONSISTENCY,
        NO_TIMESTAMP,
        null,
        NO_NOW_IN_SECONDS);
  }

  /** The flags these options encode with. */
  public int flags() {
    int flags = 0;
    if (valueCount() > 0) {
      flags |= FLAG_VALUES;
      if (valueNames != null) {
        flags |= FLAG_NAMES_FOR_VALUES;
      }
    }
    if (skipMetadata) {
      flags |= FLAG_SKIP_METADATA;
    }
    if (pageSize > 0) {
      flags |= FLAG_PAGE_SIZE;
    }
    if (pagingState != null) {
      flags |= FLAG_PAGING_STATE;
    }
    if (serialConsistency != NO_SERIAL_CONSISTENCY) {
      flags |= FLAG_SERIAL_CONSISTENCY;
    }
    if (defaultTimestamp != NO_TIMESTAMP) {
      flags |= FLAG_DEFAULT_TIMESTAMP;
    }
    if (keyspace != null) {
      flags |= FLAG_WITH_KEYSPACE;
    }
    if (nowInSeconds != NO_NOW_IN_SECONDS) {
      flags |= FLAG_WITH_NOW_IN_SECONDS;
    }
    return flags;
  }

  /** The encoded size for {@code version}. */
  public int encodedSize(ProtocolVersion version) {
    int flags = checkedFlags(version);
    int size = 2 + flagsSize(version);
    if ((flags & FLAG_VALUES) != 0) {
      size += 2;
      if (boundValues != null) {
        size += boundValues.encodedSize();
      }
      for (int i = 0; values != null && i < values.length; i++) {
        if (valueNames != null) {
          size += Primitives.sizeOfString(valueNames.get(i));
        }
        size += Primitives.sizeOfValue(values[i]);
      }
    }
    if ((flags & FLAG_PAGE_SIZE) != 0) {
      size += 4;
    }
    if ((flags & FLAG_PAGING_STATE) != 0) {
      size += Primitives.sizeOfBytes(pagingState);
    }
    if ((flags & FLAG_SERIAL_CONSISTENCY) != 0) {
      size += 2;
    }
    if ((flags & FLAG_DEFAULT_TIMESTAMP) != 0) {
      size += 8;
    }
    if ((flags & FLAG_WITH_KEYSPACE) != 0) {
      size += Primitives.sizeOfString(keyspace);
    }
    if ((flags & FLAG_WITH_NOW_IN_SECONDS) != 0) {
      size += 4;
    }
    return size;
  }

  /** Writes these options for {@code version}. */
  public void encode(ByteBuf out, ProtocolVersion version) {
    int flags = checkedFlags(version);
    Primitives.writeConsistency(out, consistency);
    writeFlags(out, flags, version);
    if ((flags & FLAG_VALUES) != 0) {
      Primitives.writeShort(out, valueCount());
      if (boundValues != null) {
        boundValues.writeTo(out);
      }
      for (int i = 0; values != null && i < values.length; i++) {
        if (valueNames != null) {
          Primitives.writeString(out, valueNames.get(i));
        }
        Primitives.writeValue(out, values[i]);
      }
    }
    if ((flags & FLAG_PAGE_SIZE) != 0) {
      out.writeInt(pageSize);
    }
    if ((flags & FLAG_PAGING_STATE) != 0) {
      Primitives.writeBytes(out, pagingState);
    }
    if ((flags & FLAG_SERIAL_CONSISTENCY) != 0) {
      Primitives.writeConsistency(out, serialConsistency);
    }
    if ((flags & FLAG_DEFAULT_TIMESTAMP) != 0) {
      out.writeLong(defaultTimestamp);
    }
    if ((flags & FLAG_WITH_KEYSPACE) != 0) {
      Primitives.writeString(out, keyspace);
    }
    if ((flags & FLAG_WITH_NOW_IN_SECONDS) != 0) {
      out.writeInt(nowInSeconds);
    }
  }

  private int checkedFlags(ProtocolVersion version) {
    int flags = flags();
    checkV5Only(flags, version);
    return flags;
  }

  /** Rejects the v5-only flags on v4. */
  static void checkV5Only(int flags, ProtocolVersion version) {
    if (version == ProtocolVersion.V4) {
      if ((flags & FLAG_WITH_KEYSPACE) != 0) {
        throw new IllegalArgumentException(
            "A per-query keyspace needs protocol v5; on v4 qualify table names instead");
      }
      if ((flags & FLAG_WITH_NOW_IN_SECONDS) != 0) {
        throw new IllegalArgumentException("now_in_seconds needs protocol v5");
      }
    }
  }

  /** The size of the flags field: a [byte] in v4, an [int] in v5. */
  static int flagsSize(ProtocolVersion version) {
    return version == ProtocolVersion.V4 ? 1 : 4;
  }

  /** Writes the flags field: a [byte] in v4, an [int] in v5. */
  static void writeFlags(ByteBuf out, int flags, ProtocolVersion version) {
    if (version == ProtocolVersion.V4) {
      out.writeByte(flags);
    } else {
      out.writeInt(flags);
    }
  }
}
