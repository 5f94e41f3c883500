package io.sibyl.driver.type;

import io.sibyl.driver.type.codec.CodecRegistry;
import java.util.Locale;
import java.util.Set;

/**
 * Safe building blocks for CQL text: identifiers quoted only when they must be, string literals
 * with embedded quotes doubled, and any value formatted as a literal through a {@link
 * CodecRegistry}. Nothing a value or a name contains can escape its literal.
 */
public final class CqlLiterals {
  /**
   * Reserved words, which must be quoted to be used as names. It includes a few words that are not
   * reserved in every Cassandra version: quoting a lower-case name never changes its meaning.
   */
  private static final Set<String> RESERVED =
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

  private CqlLiterals() {}

  /**
   * The identifier as CQL must write it to mean exactly {@code name}: unchanged when it is a
   * lower-case unquoted identifier ({@code [a-z][a-z0-9_]*}) that is not a reserved word, in double
   * quotes otherwise, with embedded double quotes doubled ({@code "My ""Col"""}).
   */
  public static String identifier(String name) {
    return needsQuoting(name) ? quoteIdentifier(name) : name;
  }

  /** The identifier in double quotes, always, with embedded double quotes doubled. */
  public static String quoteIdentifier(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  /** Whether {@code name} must be quoted to be read back unchanged. */
  public static boolean needsQuoting(String name) {
    if (name.isEmpty() || !isLowerLetter(name.charAt(0))) {
      return true;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!isLowerLetter(c) && !(c >= '0' && c <= '9') && c != '_') {
        return true;
      }
    }
    return isReserved(name);
  }

  /** Whether {@code word} (in any case) is a reserved CQL word. */
  public static boolean isReserved(String word) {
    return RESERVED.contains(word.toLowerCase(Locale.ROOT));
  }

  /** A qualified name, {@code keyspace.name}, each part quoted if needed. */
  public static String qualified(String keyspace, String name) {
    return keyspace == null || keyspace.isEmpty()
        ? identifier(name)
        : identifier(keyspace) + "." + identifier(name);
  }

  /** The text as a CQL string literal: in single quotes, embedded single quotes doubled. */
  public static String quote(String text) {
    return '\'' + text.replace("'", "''") + '\'';
  }

  /**
   * The value as a CQL literal, with the codec that the default registry infers from its class
   * ({@code NULL} for null).
   *
   * @throws io.sibyl.driver.error.CodecNotFoundException if no codec accepts the value
   */
  public static String format(Object value) {
    return format(value, CodecRegistry.DEFAULT);
  }

  /** The value as a CQL literal, with the codec that {@code registry} infers from its class. */
  public static String format(Object value, CodecRegistry registry) {
    if (value == null) {
      return "NULL";
    }
    return registry.codecFor(value).format(value);
  }

  /** The value as a literal of the given CQL type (a {@code Date} as a timestamp, say). */
  public static String format(Object value, DataType cqlType, CodecRegistry registry) {
    if (value == null) {
      return "NULL";
    }
    return registry.codecFor(cqlType, value).format(value);
  }

  private static boolean isLowerLetter(char c) {
    return c >= 'a' && c <= 'z';
  }
}
