package io.sibyl.driver.type;

import java.util.Arrays;
import java.util.List;

/** Constants and factories for {@link DataType}s. */
public final class DataTypes {
  private DataTypes() {}

  /** {@code ascii}. */
  public static final PrimitiveType ASCII = new PrimitiveType(0x0001, "ascii");
  /** {@code bigint}. */
  public static final PrimitiveType BIGINT = new PrimitiveType(0x0002, "bigint");
  /** {@code blob}. */
  public static final PrimitiveType BLOB = new PrimitiveType(0x0003, "blob");
  /** {@code boolean}. */
  public static final PrimitiveType BOOLEAN = new PrimitiveType(0x0004, "boolean");
  /** {@code counter}. */
  public static final PrimitiveType COUNTER = new PrimitiveType(0x0005, "counter");
  /** {@code decimal}. */
  public static final PrimitiveType DECIMAL = new PrimitiveType(0x0006, "decimal");
  /** {@code double}. */
  public static final PrimitiveType DOUBLE = new PrimitiveType(0x0007, "double");
  /** {@code float}. */
  public static final PrimitiveType FLOAT = new PrimitiveType(0x0008, "float");
  /** {@code int}. */
  public static final PrimitiveType INT = new PrimitiveType(0x0009, "int");
  /** {@code timestamp}. */
  public static final PrimitiveType TIMESTAMP = new PrimitiveType(0x000B, "timestamp");
  /** {@code uuid}. */
  public static final PrimitiveType UUID = new PrimitiveType(0x000C, "uuid");
  /** {@code text} (also known as {@code varchar}). */
  public static final PrimitiveType TEXT = new PrimitiveType(0x000D, "text");
  /** {@code varint}. */
  public static final PrimitiveType VARINT = new PrimitiveType(0x000E, "varint");
  /** {@code timeuuid}. */
  public static final PrimitiveType TIMEUUID = new PrimitiveType(0x000F, "timeuuid");
  /** {@code inet}. */
  public static final PrimitiveType INET = new PrimitiveType(0x0010, "inet");
  /** {@code date}. */
  public static final PrimitiveType DATE = new PrimitiveType(0x0011, "date");
  /** {@code time}. */
  public static final PrimitiveType TIME = new PrimitiveType(0x0012, "time");
  /** {@code smallint}. */
  public static final PrimitiveType SMALLINT = new PrimitiveType(0x0013, "smallint");
  /** {@code tinyint}. */
  public static final PrimitiveType TINYINT = new PrimitiveType(0x0014, "tinyint");
  /** {@code duration}. */
  public static final PrimitiveType DURATION = new PrimitiveType(0x0015, "duration");

  private static final PrimitiveType[] BY_CODE = new PrimitiveType[0x16];

  static {
    for (PrimitiveType type :
        Arrays.asList(
            ASCII, BIGINT, BLOB, BOOLEAN, COUNTER, DECIMAL, DOUBLE, FLOAT, INT, TIMESTAMP, UUID,
            TEXT, VARINT, TIMEUUID, INET, DATE, TIME, SMALLINT, TINYINT, DURATION)) {
      BY_CODE[type.protocolCode()] = type;
    }
    BY_CODE[0x000A] = TEXT; // varchar's historical id, an alias of text
  }

  /**
   * Returns the primitive type with the given protocol option id.
   *
   * @throws IllegalArgumentException if the id is not a primitive type's
   */
  public static PrimitiveType primitive(int protocolCode) {
    PrimitiveType type =
        protocolCode >= 0 && protocolCode < BY_CODE.length ? BY_CODE[protocolCode] : null;
    if (type == null) {
      throw new IllegalArgumentException(
          "Not a primitive CQL type id: 0x" + Integer.toHexString(protocolCode));
    }
    return type;
  }

  /** {@code list<element>}, not frozen. */
  public static ListType listOf(DataType element) {
    return new ListType(element, false);
  }

  /** {@code list<element>}, frozen or not. */
  public static ListType listOf(DataType element, boolean frozen) {
    return new ListType(element, frozen);
  }

  /** {@code set<element>}, not frozen. */
  public static SetType setOf(DataType element) {
    return new SetType(element, false);
  }

  /** {@code set<element>}, frozen or not. */
  public static SetType setOf(DataType element, boolean frozen) {
    return new SetType(element, frozen);
  }

  /** {@code map<key, value>}, not frozen. */
  public static MapType mapOf(DataType key, DataType value) {
    return new MapType(key, value, false);
  }

  /** {@code map<key, value>}, frozen or not. */
  public static MapType mapOf(DataType key, DataType value, boolean frozen) {
    return new MapType(key, value, frozen);
  }

  /** {@code tuple<components...>}. */
  public static TupleType tupleOf(DataType... components) {
    return new TupleType(List.of(components));
  }

  /** {@code vector<element, dimensions>}. */
  public static VectorType vectorOf(DataType element, int dimensions) {
    return new VectorType(element, dimensions);
  }

  /**
   * A custom type named by its server-side class. Class names that denote a type Sibyl knows (such
   * as {@code org.apache.cassandra.db.marshal.VectorType(...)}) are returned as that type.
   */
  public static DataType custom(String className) {
    return new CustomType(className);
  }
}
