package io.sibyl.driver.internal.protocol.message;

import io.netty.buffer.ByteBuf;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.protocol.Primitives;
import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.UserDefinedType;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes a column type from its [option] (spec section 4.2.5.2): primitive ids, custom class
 * names, and lists, sets, maps, UDTs and tuples nested to any depth.
 *
 * <p>The protocol does not say whether a type is frozen. Collections and UDTs nested in another
 * type are frozen (CQL requires it); at the top level they are reported not frozen.
 */
public final class DataTypeDecoder {
  private DataTypeDecoder() {}

  /** Deeper nesting than this is taken for corrupt input rather than overflowing the stack. */
  static final int MAX_DEPTH = 64;

  private static final int CUSTOM = 0x0000;
  private static final int LIST = 0x0020;
  private static final int MAP = 0x0021;
  private static final int SET = 0x0022;
  private static final int UDT = 0x0030;
  private static final int TUPLE = 0x0031;

  /**
   * Reads one [option] type.
   *
   * @throws IllegalArgumentException for an unknown id or absurd nesting
   */
  public static DataType decode(ByteBuf in, ProtocolVersion version) {
    return decode(in, 0);
  }

  private static DataType decode(ByteBuf in, int depth) {
    if (depth > MAX_DEPTH) {
      throw new IllegalArgumentException("type nested deeper than " + MAX_DEPTH + " levels");
    }
    int id = in.readUnsignedShort();
    boolean nested = depth > 0;
    switch (id) {
      case CUSTOM:
        return DataTypes.custom(Primitives.readString(in));
      case LIST:
        return DataTypes.listOf(decode(in, depth + 1), nested);
      case SET:
        return DataTypes.setOf(decode(in, depth + 1), nested);
      case MAP:
        {
          DataType key = decode(in, depth + 1);
          return DataTypes.mapOf(key, decode(in, depth + 1), nested);
        }
      case UDT:
        return decodeUdt(in, depth, nested);
      case TUPLE:
        {
          int count = readFieldCount(in);
          DataType[] components = new DataType[count];
          for (int i = 0; i < count; i++) {
            components[i] = decode(in, depth + 1);
          }
          return DataTypes.tupleOf(components);
        }
      default:
        return DataTypes.primitive(id);
    }
  }

  private static DataType decodeUdt(ByteBuf in, int depth, boolean nested) {
    String keyspace = Primitives.readString(in);
    String name = Primitives.readString(in);
    int count = readFieldCount(in);
    List<String> fieldNames = new ArrayList<>(count);
    List<DataType> fieldTypes = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      fieldNames.add(Primitives.readString(in));
      fieldTypes.add(decode(in, depth + 1));
    }
    return new UserDefinedType(keyspace, name, fieldNames, fieldTypes, nested);
  }

  private static int readFieldCount(ByteBuf in) {
    int count = in.readUnsignedShort();
    // Each field or component needs at least a 2-byte type id.
    if (count > in.readableBytes() / 2) {
      throw new IllegalArgumentException("field count " + count + " exceeds the body");
    }
    return count;
  }
}
