package io.sibyl.mapper.internal;

/**
 * Tells whether a mapper statement is a lightweight transaction: an {@code INSERT}, {@code UPDATE}
 * or {@code DELETE} (or a batch of them) with an {@code IF} clause. The driver routes such
 * statements to their primary replica first; the flag is worked out once per statement, when a
 * repository or the DSL registers it.
 *
 * <p>Reads the CQL's tokens, skipping string literals, quoted identifiers and comments, so a column
 * or value that contains "if" does not count.
 */
public final class ConditionalCql {
  private ConditionalCql() {}

  /** Whether {@code cql} is a conditional write. */
  public static boolean isConditional(String cql) {
    String first = null;
    int i = 0;
    int n = cql.length();
    while (i < n) {
      char c = cql.charAt(i);
      if (c == '\'' || c == '"') {
        i = skipQuoted(cql, i, c);
      } else if (c == '$' && cql.startsWith("$$", i)) {
        int end = cql.indexOf("$$", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (cql.startsWith("--", i) || cql.startsWith("//", i)) {
        int end = cql.indexOf('\n', i);
        i = end < 0 ? n : end + 1;
      } else if (cql.startsWith("/*", i)) {
        int end = cql.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (Character.isLetter(c) || c == '_') {
        int start = i;
        while (i < n && (Character.isLetterOrDigit(cql.charAt(i)) || cql.charAt(i) == '_')) {
          i++;
        }
        String word = cql.substring(start, i);
        if (first == null) {
          first = word;
          if (!isWrite(word)) {
            return false;
          }
        } else if (word.equalsIgnoreCase("IF")) {
          return true;
        }
      } else {
        i++;
      }
    }
    return false;
  }

  private static boolean isWrite(String keyword) {
    return keyword.equalsIgnoreCase("INSERT")
        || keyword.equalsIgnoreCase("UPDATE")
        || keyword.equalsIgnoreCase("DELETE")
        || keyword.equalsIgnoreCase("BEGIN");
  }

  /** The index just past the quoted text starting at {@code start}; doubled quotes escape. */
  private static int skipQuoted(String cql, int start, char quote) {
    int i = start + 1;
    while (i < cql.length()) {
      if (cql.charAt(i) == quote) {
        if (i + 1 < cql.length() && cql.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return i;
  }
}
