package io.sibyl.driver.type;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Parses CQL type strings as {@code system_schema} stores them: {@code frozen<map<text,
 * frozen<list<tuple<int, text>>>>>}, {@code vector<float, 3>}, {@code 'org.example.MyType'}, user
 * type names plain, quoted or keyspace-qualified. One instance parses one string.
 */
final class CqlTypeParser {
  private final String text;
  private final String keyspace;
  private final Function<String, UserDefinedType> udtLookup;
  private int position;

  CqlTypeParser(String text, String keyspace, Function<String, UserDefinedType> udtLookup) {
    this.text = text;
    this.keyspace = keyspace == null ? "" : keyspace;
    this.udtLookup = udtLookup;
  }

  DataType parse() {
    DataType type = parseType();
    skipSpaces();
    if (position != text.length()) {
      throw error("unexpected text after the type");
    }
    return type;
  }

  private DataType parseType() {
    skipSpaces();
    if (peek() == '\'') {
      return DataTypes.custom(readQuoted('\''));
    }
    boolean quoted = peek() == '"';
    String name = quoted ? readQuoted('"') : readWord();
    skipSpaces();
    if (peek() == '.') {
      position++;
      skipSpaces();
      boolean quotedType = peek() == '"';
      String typeName = quotedType ? readQuoted('"') : readWord().toLowerCase(Locale.ROOT);
      String qualifier = quoted ? name : name.toLowerCase(Locale.ROOT);
      return userType(qualifier, typeName, false);
    }
    if (quoted) {
      return userType(keyspace, name, false);
    }
    String keyword = name.toLowerCase(Locale.ROOT);
    switch (keyword) {
      case "frozen":
        return freeze(single());
      case "list":
        return new ListType(single(), false);
      case "set":
        return new SetType(single(), false);
      case "map":
        {
          List<DataType> kv = arguments();
          requireCount(kv, 2, "map");
          return new MapType(kv.get(0), kv.get(1), false);
        }
      case "tuple":
        {
          List<DataType> components = arguments();
          return new TupleType(components);
        }
      case "vector":
        return vector();
      case "empty":
        return new CustomType("org.apache.cassandra.db.marshal.EmptyType");
      case "varchar":
        return DataTypes.TEXT;
      default:
        PrimitiveType primitive = DataTypes.primitiveNamed(keyword);
        return primitive != null ? primitive : userType(keyspace, keyword, false);
    }
  }

  private DataType single() {
    List<DataType> arguments = arguments();
    requireCount(arguments, 1, "this type");
    return arguments.get(0);
  }

  private List<DataType> arguments() {
    expect('<');
    List<DataType> types = new ArrayList<>();
    do {
      types.add(parseType());
      skipSpaces();
    } while (tryConsume(','));
    expect('>');
    return types;
  }

  private DataType vector() {
    expect('<');
    DataType element = parseType();
    skipSpaces();
    expect(',');
    skipSpaces();
    int start = position;
    while (position < text.length() && Character.isDigit(text.charAt(position))) {
      position++;
    }
    if (start == position) {
      throw error("expected the number of dimensions");
    }
    int dimensions = Integer.parseInt(text.substring(start, position));
    skipSpaces();
    expect('>');
    return new VectorType(element, dimensions);
  }

  private DataType userType(String udtKeyspace, String name, boolean frozen) {
    UserDefinedType found =
        udtLookup != null && udtKeyspace.equals(keyspace) ? udtLookup.apply(name) : null;
    if (found == null) {
      return new UserDefinedType(udtKeyspace, name, List.of(), List.of(), frozen);
    }
    return found.frozen() == frozen
        ? found
        : new UserDefinedType(
            found.keyspace(), found.name(), found.fieldNames(), found.fieldTypes(), frozen);
  }

  static DataType freeze(DataType type) {
    if (type instanceof ListType list) {
      return new ListType(list.elementType(), true);
    } else if (type instanceof SetType set) {
      return new SetType(set.elementType(), true);
    } else if (type instanceof MapType map) {
      return new MapType(map.keyType(), map.valueType(), true);
    } else if (type instanceof UserDefinedType udt) {
      return new UserDefinedType(
          udt.keyspace(), udt.name(), udt.fieldNames(), udt.fieldTypes(), true);
    }
    return type;
  }

  private void requireCount(List<DataType> arguments, int count, String what) {
    if (arguments.size() != count) {
      throw error(what + " takes " + count + " type argument(s), got " + arguments.size());
    }
  }

  private String readWord() {
    int start = position;
    while (position < text.length()) {
      char c = text.charAt(position);
      if (!Character.isLetterOrDigit(c) && c != '_') {
        break;
      }
      position++;
    }
    if (start == position) {
      throw error("expected a type name");
    }
    return text.substring(start, position);
  }

  private String readQuoted(char quote) {
    StringBuilder value = new StringBuilder();
    position++;
    while (position < text.length()) {
      char c = text.charAt(position++);
      if (c == quote) {
        if (position < text.length() && text.charAt(position) == quote) {
          value.append(quote);
          position++;
        } else {
          return value.toString();
        }
      } else {
        value.append(c);
      }
    }
    throw error("unclosed " + quote);
  }

  private void expect(char c) {
    skipSpaces();
    if (!tryConsume(c)) {
      throw error("expected '" + c + "'");
    }
  }

  private boolean tryConsume(char c) {
    skipSpaces();
    if (peek() == c) {
      position++;
      return true;
    }
    return false;
  }

  private char peek() {
    return position < text.length() ? text.charAt(position) : '\0';
  }

  private void skipSpaces() {
    while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
      position++;
    }
  }

  private IllegalArgumentException error(String reason) {
    return new IllegalArgumentException(
        "Cannot parse the CQL type \"" + text + "\": " + reason + " at position " + position);
  }
}
