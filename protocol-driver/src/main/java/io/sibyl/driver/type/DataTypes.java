package io.sibyl.driver.type;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
  private static final Map<String, PrimitiveType> BY_NAME = new HashMap<>();

  static {
    for (PrimitiveType type :
        Arrays.asList(
            ASCII, BIGINT, BLOB, BOOLEAN, COUNTER, DECIMAL, DOUBLE, FLOAT, INT, TIMESTAMP, UUID,
            TEXT, VARINT, TIMEUUID, INET, DATE, TIME, SMALLINT, TINYINT, DURATION)) {
      BY_CODE[type.protocolCode()] = type;
      BY_NAME.put(type.name(), type);
    }
    BY_NAME.put("varchar", TEXT);
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
   * The primitive type with the given CQL name ({@code int}, {@code varchar}...), case-insensitive,
   * or null if there is none.
   */
  public static PrimitiveType primitiveNamed(String name) {
    return BY_NAME.get(name.toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * A custom type named by its server-side class. Class names that denote a type Sibyl knows are
   * returned as that type: {@code
   * org.apache.cassandra.db.marshal.VectorType(org.apache.cassandra.db.marshal.FloatType,3)} gives
   * {@code vector<float, 3>}, {@code org.apache.cassandra.db.marshal.Int32Type} gives {@code int}
   * (see {@link #parseMarshal(String)}). Other names, and malformed ones, give a {@link
   * CustomType}.
   */
  public static DataType custom(String className) {
    try {
      return MarshalTypeParser.parse(className);
    } catch (IllegalArgumentException e) {
      return new CustomType(className);
    }
  }

  /**
   * Parses one of Cassandra's internal type names: {@code org.apache.cassandra.db.marshal} class
   * names, with or without the package, such as {@code ListType(Int32Type)}, {@code
   * FrozenType(MapType(UTF8Type,LongType))}, {@code ReversedType(TimestampType)} (the order is
   * dropped), {@code UserType(ks,<hex name>,<hex field>:<type>,...)} or {@code
   * VectorType(FloatType,3)}. Classes with no CQL equivalent ({@code CompositeType}, your own
   * classes) give a {@link CustomType}.
   *
   * @throws IllegalArgumentException if the name is malformed
   */
  public static DataType parseMarshal(String className) {
    return MarshalTypeParser.parse(className);
  }

  /**
   * Parses a CQL type string that names no user type, such as {@code frozen<map<text, list<int>>>}.
   * See {@link #parse(String, String, Function)}.
   *
   * @throws IllegalArgumentException if the string is not a CQL type
   */
  public static DataType parse(String cqlType) {
    return parse(cqlType, "", null);
  }

  /**
   * Parses a CQL type string as {@code system_schema} stores it: {@code frozen<map<text,
   * frozen<list<tuple<int, text>>>>>}, {@code vector<float, 3>}, a custom type as a quoted class
   * name ({@code 'org.example.MyType'}), user types by name ({@code address}, {@code "Address"},
   * {@code ks.address}). Unquoted names are case-insensitive; quoted ones are kept as written.
   *
   * <p>User types of {@code keyspace} are resolved through {@code udtLookup} (given the type's name
   * as stored, unquoted). A type that the lookup does not know, whose keyspace differs, or any user
   * type when the lookup is null, becomes a <em>shell</em>: a {@link UserDefinedType} with its
   * keyspace and name but no fields, which callers resolve later (schema metadata parses types in
   * dependency order, or replaces shells once all types are known).
   *
   * @param cqlType the type string
   * @param keyspace the keyspace that unqualified user type names belong to
   * @param udtLookup finds a user type of {@code keyspace} by name, or returns null; may be null
   * @throws IllegalArgumentException if the string is not a CQL type
   */
  public static DataType parse(
      String cqlType, String keyspace, Function<String, UserDefinedType> udtLookup) {
    return new CqlTypeParser(cqlType, keyspace, udtLookup).parse();
  }
}
