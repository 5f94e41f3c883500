package io.sibyl.driver.internal.codec;

import io.sibyl.driver.error.CodecException;
import io.sibyl.driver.type.DataType;
import java.util.ArrayList;
import java.util.List;

/**
 * Helpers for parsing CQL literals: {@code NULL}, quoted strings ({@code 'it''s'} and {@code
 * $$it's$$}), and splitting the inside of {@code [..]}, {@code {..}} and {@code (..)} at top-level
 * separators while skipping over nested brackets and quoted text.
 */
final class Literals {
  private Literals() {}

  /** Whether the literal is {@code NULL} (any case), or null itself. */
  static boolean isNull(String literal) {
    return literal == null || literal.trim().equalsIgnoreCase("null");
  }

  /** The text of a {@code '...'} or {@code $$...$$} string literal. */
  static String unquote(String literal, DataType type) {
    String text = literal.trim();
    if (text.length() >= 2 && text.startsWith("'") && text.endsWith("'")) {
      String inner = text.substring(1, text.length() - 1);
      int lone = inner.replace("''", "").indexOf('\'');
      if (lone >= 0) {
        throw invalid(type, literal, "a quote inside a string must be doubled ('')");
      }
      return inner.replace("''", "'");
    }
    if (text.length() >= 4 && text.startsWith("$$") && text.endsWith("$$")) {
      return text.substring(2, text.length() - 2);
    }
    throw invalid(type, literal, "a string literal is written between single quotes");
  }

  /** The literal with one pair of single quotes removed if it has them; trimmed otherwise. */
  static String unquoteIfQuoted(String literal, DataType type) {
    String text = literal.trim();
    return text.startsWith("'") || text.startsWith("$$") ? unquote(text, type) : text;
  }

  /** The inside of a literal wrapped in {@code open} and {@code close}, such as {@code [..]}. */
  static String unwrap(String literal, char open, char close, DataType type) {
    String text = literal.trim();
    if (text.length() < 2 || text.charAt(0) != open || text.charAt(text.length() - 1) != close) {
      throw invalid(type, literal, "expected a literal between " + open + " and " + close);
    }
    return text.substring(1, text.length() - 1);
  }

  /**
   * Splits at top-level occurrences of {@code separator}, trimming each part; an empty or blank
   * input gives no parts. At most {@code limit} parts are made (the last takes the rest).
   */
  static List<String> split(String text, char separator, int limit, DataType type) {
    List<String> parts = new ArrayList<>();
    if (text.isBlank()) {
      return parts;
    }
    int depth = 0;
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\'' || c == '"') {
        i = skipQuoted(text, i, c, type);
        continue;
      }
      if (c == '$' && text.startsWith("$$", i)) {
        int close = text.indexOf("$$", i + 2);
        if (close < 0) {
          throw invalid(type, text, "a $$ string is not closed");
        }
        i = close + 2;
        continue;
      }
      if (c == '[' || c == '{' || c == '(') {
        depth++;
      } else if (c == ']' || c == '}' || c == ')') {
        depth--;
      } else if (c == separator && depth == 0 && parts.size() < limit - 1) {
        parts.add(text.substring(start, i).trim());
        start = i + 1;
      }
      i++;
    }
    parts.add(text.substring(start).trim());
    for (String part : parts) {
      if (part.isEmpty()) {
        throw invalid(type, text, "an element is missing between two separators");
      }
    }
    return parts;
  }

  private static int skipQuoted(String text, int openAt, char quote, DataType type) {
    int i = openAt + 1;
    while (i < text.length()) {
      if (text.charAt(i) == quote) {
        if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    throw invalid(type, text, "a quoted string is not closed");
  }

  /** The exception for a literal that is not valid for a type. */
  static CodecException invalid(DataType type, String literal, String reason) {
    return new CodecException(
        "Cannot parse \"" + literal + "\" as a CQL " + type.asCql() + " literal: " + reason);
  }
}
