package io.sibyl.mapper.generated;

import io.sibyl.driver.type.CqlLiterals;

/**
 * CQL identifier helpers for generated code and the schema code. The quoting rule is the driver's
 * ({@link CqlLiterals#identifier}), so that a name is written the same way wherever Sibyl writes
 * it: reserved words ({@code order}, {@code limit}...) are quoted as well as names that are not
 * lower-case identifiers.
 */
public final class CqlNames {

  private CqlNames() {}

  /**
   * The identifier as written in CQL: as is when it is lower case letters, digits and underscores
   * starting with a letter and not a reserved word, quoted otherwise.
   */
  public static String quoteIfNeeded(String name) {
    return CqlLiterals.identifier(name);
  }

  /**
   * {@code keyspace.table}, or {@code table} when the keyspace is null or empty. The keyspace is
   * quoted when needed; {@code table} is taken as already written in CQL form.
   */
  public static String qualify(String keyspace, String table) {
    if (keyspace == null || keyspace.isEmpty()) {
      return table;
    }
    return quoteIfNeeded(keyspace) + "." + table;
  }
}
