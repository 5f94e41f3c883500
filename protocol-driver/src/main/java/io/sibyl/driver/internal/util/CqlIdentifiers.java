package io.sibyl.driver.internal.util;

/** Writes CQL identifiers so that the server reads back exactly the given name. */
public final class CqlIdentifiers {
  private CqlIdentifiers() {}

  /**
   * Returns {@code name} as is when it is a plain lower-case identifier, else in double quotes with
   * embedded quotes doubled.
   */
  public static String quoteIfNeeded(String name) {
    boolean plain = !name.isEmpty() && Character.isLowerCase(name.charAt(0));
    for (int i = 0; plain && i < name.length(); i++) {
      char c = name.charAt(i);
      plain = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    }
    return plain ? name : '"' + name.replace("\"", "\"\"") + '"';
  }
}
