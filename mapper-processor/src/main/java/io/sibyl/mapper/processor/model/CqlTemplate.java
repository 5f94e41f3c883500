package io.sibyl.mapper.processor.model;

/**
 * A statement's text, around the table it names, which the generated code qualifies with the
 * keyspace chosen at run time.
 *
 * @param before the text before the table name
 * @param table the table name in CQL form, or null when the text names no table to qualify
 * @param keyspace the keyspace fixed at compile time (entity or repository), or empty
 * @param after the text after the table name
 */
public record CqlTemplate(String before, String table, String keyspace, String after) {

  /** A statement with no table to qualify. */
  public static CqlTemplate literal(String cql) {
    return new CqlTemplate(cql, null, "", "");
  }

  /** The text with the table unqualified, as shown in docs and messages. */
  public String preview() {
    return table == null ? before : before + table + after;
  }
}
