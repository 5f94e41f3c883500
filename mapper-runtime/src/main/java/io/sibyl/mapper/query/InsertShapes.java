package io.sibyl.mapper.query;

/**
 * The CQL texts of a table's inserts, one per combination of options ({@code IF NOT EXISTS}, {@code
 * USING TTL ?}, {@code USING TIMESTAMP ?}), each written once: an insert neither writes nor hashes
 * its text per call, and the texts are the prepared cache's keys.
 */
final class InsertShapes {

  private final String base;
  // Written racily: a String is immutable, so a thread sees either null or the whole text.
  private final String[] texts = new String[8];

  /** The shapes of {@code INSERT INTO t (...) VALUES (...)}. */
  InsertShapes(String base) {
    this.base = base;
  }

  /** The text of the insert with these options. */
  String cql(boolean ifNotExists, boolean ttl, boolean timestamp) {
    int key = (ifNotExists ? 1 : 0) | (ttl ? 2 : 0) | (timestamp ? 4 : 0);
    String text = texts[key];
    if (text == null) {
      StringBuilder cql = new StringBuilder(base);
      if (ifNotExists) {
        cql.append(" IF NOT EXISTS");
      }
      if (ttl) {
        cql.append(" USING TTL ?");
      }
      if (timestamp) {
        cql.append(ttl ? " AND TIMESTAMP ?" : " USING TIMESTAMP ?");
      }
      text = cql.toString();
      texts[key] = text;
    }
    return text;
  }
}
