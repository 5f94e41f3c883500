package io.sibyl.junit;

import java.util.ArrayList;
import java.util.List;

/** Splits a CQL script into statements. */
final class CqlScript {
  private CqlScript() {}

  /**
   * The statements of {@code script}, trimmed, without their final {@code ;}, without comments.
   *
   * @throws IllegalArgumentException if a string, quoted name, {@code $$} body or block comment is
   *     not closed
   */
  static List<String> statements(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int i = 0;
    int length = script.length();
    while (i < length) {
      char c = script.charAt(i);
      char next = i + 1 < length ? script.charAt(i + 1) : '\0';
      if ((c == '-' && next == '-') || (c == '/' && next == '/')) {
        int end = script.indexOf('\n', i);
        i = end < 0 ? length : end;
      } else if (c == '/' && next == '*') {
        int end = script.indexOf("*/", i + 2);
        if (end < 0) {
          throw new IllegalArgumentException("A /* comment is not closed");
        }
        current.append(' ');
        i = end + 2;
      } else if (c == '\'' || c == '"') {
        int end = closing(script, i, c);
        current.append(script, i, end + 1);
        i = end + 1;
      } else if (c == '$' && next == '$') {
        int end = script.indexOf("$$", i + 2);
        if (end < 0) {
          throw new IllegalArgumentException("A $$ body is not closed");
        }
        current.append(script, i, end + 2);
        i = end + 2;
      } else if (c == ';') {
        add(statements, current);
        i++;
      } else {
        current.append(c);
        i++;
      }
    }
    add(statements, current);
    return statements;
  }

  /** The index of the quote that closes the one at {@code start}; doubled quotes are escapes. */
  private static int closing(String script, int start, char quote) {
    int i = start + 1;
    while (i < script.length()) {
      if (script.charAt(i) == quote) {
        if (i + 1 < script.length() && script.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i;
      }
      i++;
    }
    throw new IllegalArgumentException(
        "A " + (quote == '\'' ? "string" : "quoted name") + " is not closed");
  }

  private static void add(List<String> statements, StringBuilder current) {
    String statement = current.toString().trim();
    if (!statement.isEmpty()) {
      statements.add(statement);
    }
    current.setLength(0);
  }
}
