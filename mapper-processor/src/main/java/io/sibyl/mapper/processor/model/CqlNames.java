package io.sibyl.mapper.processor.model;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** CQL identifiers: quoting, comparing, and the reserved words that force quotes. */
public final class CqlNames {

  private static final Pattern UNQUOTED = Pattern.compile("[a-z][a-z0-9_]*");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

  /** Words that CQL reserves: they must be quoted to name a column or table. */
  public static final Set<String> RESERVED =
      Set.of(
          "add",
          "allow",
          "alter",
          "and",
          "apply",
          "asc",
          "authorize",
          "batch",
          "begin",
          "by",
          "columnfamily",
          "create",
          "default",
          "delete",
          "desc",
          "describe",
          "drop",
          "entries",
          "execute",
          "from",
          "full",
          "grant",
          "if",
          "in",
          "index",
          "infinity",
          "insert",
          "into",
          "is",
          "keyspace",
          "limit",
          "materialized",
          "mbean",
          "mbeans",
          "modify",
          "nan",
          "norecursive",
          "not",
          "null",
          "of",
          "on",
          "or",
          "order",
          "primary",
          "rename",
          "replace",
          "revoke",
          "schema",
          "select",
          "set",
          "table",
          "to",
          "token",
          "truncate",
          "unlogged",
          "unset",
          "update",
          "use",
          "using",
          "view",
          "where",
          "with");

  private CqlNames() {}

  /** The name as written in CQL: quoted unless it is lower case and not reserved. */
  public static String quoteIfNeeded(String name) {
    if (UNQUOTED.matcher(name).matches() && !RESERVED.contains(name)) {
      return name;
    }
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  /**
   * The stored (internal) form of a name written in an annotation: a quoted name is taken exactly,
   * an unquoted one is folded to lower case as CQL does. Null when it is no valid identifier.
   */
  public static String internalize(String written) {
    if (written.length() > 2 && written.startsWith("\"") && written.endsWith("\"")) {
      return written.substring(1, written.length() - 1).replace("\"\"", "\"");
    }
    return IDENTIFIER.matcher(written).matches() ? written.toLowerCase(Locale.ROOT) : null;
  }

  /** Whether a name written in CQL (quoted or not) denotes the stored name. */
  public static boolean sameColumn(String stored, String written) {
    if (written.length() > 1 && written.startsWith("\"") && written.endsWith("\"")) {
      return stored.equals(written.substring(1, written.length() - 1).replace("\"\"", "\""));
    }
    return stored.equals(written.toLowerCase(Locale.ROOT));
  }
}
