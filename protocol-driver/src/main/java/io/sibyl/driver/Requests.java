package io.sibyl.driver;

/**
 * Recognizes the statements after which the session must wait for its connections or the schema.
 */
final class Requests {
  private Requests() {}

  /** Whether CQL text is DDL, after which the session waits for schema agreement. */
  static boolean mayChangeSchema(String text) {
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    return startsWithWord(text, start, "CREATE")
        || startsWithWord(text, start, "ALTER")
        || startsWithWord(text, start, "DROP");
  }

  /** Whether CQL text is a {@code USE}, which completes only once every connection switched. */
  static boolean mayChangeKeyspace(String text) {
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    return startsWithWord(text, start, "USE");
  }

  private static boolean startsWithWord(String text, int start, String word) {
    return text.regionMatches(true, start, word, 0, word.length());
  }
}
