package io.sibyl.mapper.generated;

import java.util.regex.Pattern;

/** CQL identifier helpers for generated code. */
public final class CqlNames {

  private static final Pattern UNQUOTED = Pattern.compile("[a-z][a-z0-9_]*");

  private CqlNames() {}

  /**
   * The identifier as written in CQL: as is when it is lower case letters, digits and underscores
   * starting with a letter, quoted otherwise.
   */
  public static String quoteIfNeeded(String name) {
    if (UNQUOTED.matcher(name).matches()) {
      return name;
    }
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  /**
   * {@code keyspace.table}, or {@code table} when the keyspace is null or empty. Both parts are
   * quoted when needed; {@code table} is taken as already written in CQL form.
   */
  public static String qualify(String keyspace, String table) {
    if (keyspace == null || keyspace.isEmpty()) {
      return table;
    }
    return quoteIfNeeded(keyspace) + "." + table;
  }
}
