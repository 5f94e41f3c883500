package io.sibyl.mapper.processor.parse.cql;

import io.sibyl.mapper.processor.model.CqlNames;
import io.sibyl.mapper.processor.model.CqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Parses CQL type text such as {@code map<text, frozen<list<int>>>} or a quoted custom type ({@code
 * 'PointType'}); null when invalid.
 */
public final class CqlTypeParser {

  /** The native CQL types. */
  public static final Set<String> NATIVE =
      Set.of(
          "ascii",
          "bigint",
          "blob",
          "boolean",
          "counter",
          "date",
          "decimal",
          "double",
          "duration",
          "float",
          "inet",
          "int",
          "smallint",
          "text",
          "time",
          "timestamp",
          "timeuuid",
          "tinyint",
          "uuid",
          "varchar",
          "varint");

  private final String text;
  private int pos;

  private CqlTypeParser(String text) {
    this.text = text;
  }

  /** The type, or null when the text is not a type. */
  public static CqlType parse(String text) {
    CqlTypeParser parser = new CqlTypeParser(text);
    try {
      CqlType type = parser.type();
      parser.skipSpaces();
      return parser.pos == text.length() ? type : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private CqlType type() {
    if (peek() == '\'') {
      int end = text.indexOf('\'', pos + 1);
      if (end < 0 || end == pos + 1) {
        throw new IllegalArgumentException();
      }
      String className = text.substring(pos + 1, end);
      pos = end + 1;
      return CqlType.custom(className);
    }
    String word = word();
    switch (word) {
      case "frozen":
        {
          expect('<');
          CqlType inner = type();
          expect('>');
          return inner.asFrozen();
        }
      case "list":
      case "set":
        {
          expect('<');
          CqlType element = type();
          expect('>');
          return CqlType.of(word, List.of(element));
        }
      case "map":
        {
          expect('<');
          CqlType key = type();
          expect(',');
          CqlType value = type();
          expect('>');
          return CqlType.of("map", List.of(key, value));
        }
      case "tuple":
        {
          expect('<');
          List<CqlType> components = new ArrayList<>();
          components.add(type());
          while (peek() == ',') {
            expect(',');
            components.add(type());
          }
          expect('>');
          return CqlType.of("tuple", components);
        }
      case "vector":
        {
          expect('<');
          CqlType element = type();
          expect(',');
          int dimension = number();
          expect('>');
          return new CqlType("vector", List.of(element), null, dimension, false);
        }
      default:
        if (NATIVE.contains(word)) {
          return CqlType.of(word.equals("varchar") ? "text" : word);
        }
        return CqlType.udt(CqlNames.quoteIfNeeded(word));
    }
  }

  private String word() {
    skipSpaces();
    int start = pos;
    if (pos < text.length() && text.charAt(pos) == '"') {
      int end = text.indexOf('"', pos + 1);
      if (end < 0) {
        throw new IllegalArgumentException();
      }
      pos = end + 1;
      return text.substring(start + 1, end);
    }
    while (pos < text.length()
        && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
      pos++;
    }
    if (start == pos || !Character.isLetter(text.charAt(start))) {
      throw new IllegalArgumentException();
    }
    return text.substring(start, pos).toLowerCase(Locale.ROOT);
  }

  private int number() {
    skipSpaces();
    int start = pos;
    while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
      pos++;
    }
    if (start == pos) {
      throw new IllegalArgumentException();
    }
    return Integer.parseInt(text.substring(start, pos));
  }

  private char peek() {
    skipSpaces();
    return pos < text.length() ? text.charAt(pos) : 0;
  }

  private void expect(char c) {
    if (peek() != c) {
      throw new IllegalArgumentException();
    }
    pos++;
  }

  private void skipSpaces() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }
}
