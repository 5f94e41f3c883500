package io.sibyl.driver.type;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Parses Cassandra's internal type names, the {@code org.apache.cassandra.db.marshal} class names
 * that custom types and some metadata carry: {@code ListType(Int32Type)}, {@code
 * FrozenType(MapType(UTF8Type,LongType))}, {@code UserType(ks,hexname,hexfield:type,...)}, {@code
 * VectorType(FloatType,3)}. Classes that no CQL type matches become {@link CustomType}s.
 */
final class MarshalTypeParser {
  private static final String PACKAGE = "org.apache.cassandra.db.marshal.";

  private static final Map<String, DataType> PRIMITIVES =
      Map.ofEntries(
          Map.entry("AsciiType", DataTypes.ASCII),
          Map.entry("LongType", DataTypes.BIGINT),
          Map.entry("BytesType", DataTypes.BLOB),
          Map.entry("BooleanType", DataTypes.BOOLEAN),
          Map.entry("CounterColumnType", DataTypes.COUNTER),
          Map.entry("DecimalType", DataTypes.DECIMAL),
          Map.entry("DoubleType", DataTypes.DOUBLE),
          Map.entry("FloatType", DataTypes.FLOAT),
          Map.entry("Int32Type", DataTypes.INT),
          Map.entry("TimestampType", DataTypes.TIMESTAMP),
          Map.entry("DateType", DataTypes.TIMESTAMP),
          Map.entry("UUIDType", DataTypes.UUID),
          Map.entry("UTF8Type", DataTypes.TEXT),
          Map.entry("IntegerType", DataTypes.VARINT),
          Map.entry("TimeUUIDType", DataTypes.TIMEUUID),
          Map.entry("InetAddressType", DataTypes.INET),
          Map.entry("SimpleDateType", DataTypes.DATE),
          Map.entry("TimeType", DataTypes.TIME),
          Map.entry("ShortType", DataTypes.SMALLINT),
          Map.entry("ByteType", DataTypes.TINYINT),
          Map.entry("DurationType", DataTypes.DURATION));

  private MarshalTypeParser() {}

  /**
   * Parses a marshal type name.
   *
   * @throws IllegalArgumentException if the name is malformed (unbalanced parentheses, a wrong
   *     number of parameters, bad hex)
   */
  static DataType parse(String className) {
    String text = className.trim();
    int open = text.indexOf('(');
    String name = open < 0 ? text : text.substring(0, open).trim();
    List<String> parameters = open < 0 ? List.of() : parameters(text, open);
    String shortName = name.startsWith(PACKAGE) ? name.substring(PACKAGE.length()) : name;
    if (shortName.indexOf('.') >= 0) {
      return new CustomType(text); // a class of another package: the user's own type
    }
    DataType primitive = PRIMITIVES.get(shortName);
    if (primitive != null && parameters.isEmpty()) {
      return primitive;
    }
    switch (shortName) {
      case "ListType":
        require(parameters, 1, text);
        return new ListType(parse(parameters.get(0)), false);
      case "SetType":
        require(parameters, 1, text);
        return new SetType(parse(parameters.get(0)), false);
      case "MapType":
        require(parameters, 2, text);
        return new MapType(parse(parameters.get(0)), parse(parameters.get(1)), false);
      case "FrozenType":
        require(parameters, 1, text);
        return CqlTypeParser.freeze(parse(parameters.get(0)));
      case "ReversedType":
        require(parameters, 1, text);
        return parse(parameters.get(0));
      case "TupleType":
        return new TupleType(parameters.stream().map(MarshalTypeParser::parse).toList());
      case "VectorType":
        require(parameters, 2, text);
        return new VectorType(parse(parameters.get(0)), parseInt(parameters.get(1), text));
      case "UserType":
        return userType(parameters, text);
      default:
        return new CustomType(text);
    }
  }

  private static DataType userType(List<String> parameters, String text) {
    if (parameters.size() < 2) {
      throw new IllegalArgumentException(
          "Malformed marshal type \"" + text + "\": UserType needs a keyspace and a hex name");
    }
    List<String> names = new ArrayList<>();
    List<DataType> types = new ArrayList<>();
    for (String field : parameters.subList(2, parameters.size())) {
      int colon = field.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException(
            "Malformed marshal type \"" + text + "\": field \"" + field + "\" lacks hexname:type");
      }
      names.add(unhex(field.substring(0, colon).trim(), text));
      types.add(parse(field.substring(colon + 1)));
    }
    return new UserDefinedType(
        parameters.get(0), unhex(parameters.get(1), text), names, types, false);
  }

  private static List<String> parameters(String text, int open) {
    if (!text.endsWith(")")) {
      throw new IllegalArgumentException(
          "Malformed marshal type \"" + text + "\": it does not end with ')'");
    }
    List<String> parameters = new ArrayList<>();
    int depth = 0;
    int start = open + 1;
    for (int i = open + 1; i < text.length() - 1; i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth < 0) {
          throw new IllegalArgumentException(
              "Malformed marshal type \"" + text + "\": unbalanced ')'");
        }
      } else if (c == ',' && depth == 0) {
        parameters.add(text.substring(start, i).trim());
        start = i + 1;
      }
    }
    if (depth != 0) {
      throw new IllegalArgumentException("Malformed marshal type \"" + text + "\": unbalanced '('");
    }
    String last = text.substring(start, text.length() - 1).trim();
    if (!last.isEmpty() || !parameters.isEmpty()) {
      parameters.add(last);
    }
    return parameters;
  }

  private static void require(List<String> parameters, int count, String text) {
    if (parameters.size() != count) {
      throw new IllegalArgumentException(
          "Malformed marshal type \""
              + text
              + "\": expected "
              + count
              + " parameter(s), got "
              + parameters.size());
    }
  }

  private static int parseInt(String digits, String text) {
    try {
      return Integer.parseInt(digits.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Malformed marshal type \"" + text + "\": \"" + digits + "\" is not a dimension", e);
    }
  }

  private static String unhex(String hex, String text) {
    try {
      return new String(HexFormat.of().parseHex(hex.trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Malformed marshal type \"" + text + "\": \"" + hex + "\" is not a hex-encoded name", e);
    }
  }
}
