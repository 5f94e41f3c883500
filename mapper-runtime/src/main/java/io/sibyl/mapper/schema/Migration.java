package io.sibyl.mapper.schema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A versioned CQL migration: a class path file {@code V<version>__<description>.cql}, such as
 * {@code V1__create_users.cql} or {@code V1.2__add_index.cql}, applied once in version order.
 *
 * @param version the version as written ({@code 1}, {@code 1.2})
 * @param description the description, underscores as spaces
 * @param resource the resource path the script came from
 * @param script the CQL text
 */
public record Migration(String version, String description, String resource, String script)
    implements Comparable<Migration> {

  private static final Pattern NAME =
      Pattern.compile("V(\\d+(?:[._]\\d+)*)__([^/]+)\\.cql", Pattern.CASE_INSENSITIVE);

  /** Checks the components. */
  public Migration {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(script, "script");
  }

  /**
   * The migration of a file, or null when its name is not {@code V<version>__<description>.cql}.
   */
  static Migration of(String resource, String script) {
    String fileName = resource.substring(resource.lastIndexOf('/') + 1);
    Matcher matcher = NAME.matcher(fileName);
    if (!matcher.matches()) {
      return null;
    }
    return new Migration(
        matcher.group(1).replace('_', '.'), matcher.group(2).replace('_', ' '), resource, script);
  }

  /** The SHA-256 of the script, in hex: a changed file after it was applied is an error. */
  public String checksum() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  /**
   * The script's statements: split at semicolons outside quotes and comments, comments and blank
   * statements dropped.
   */
  public List<String> statements() {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int i = 0;
    while (i < script.length()) {
      char c = script.charAt(i);
      if (c == '\'' || c == '"') {
        int end = closing(c, i);
        current.append(script, i, end);
        i = end;
      } else if (script.startsWith("--", i) || script.startsWith("//", i)) {
        int end = script.indexOf('\n', i);
        i = end < 0 ? script.length() : end;
      } else if (script.startsWith("/*", i)) {
        int end = script.indexOf("*/", i + 2);
        i = end < 0 ? script.length() : end + 2;
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

  private int closing(char quote, int start) {
    int i = start + 1;
    while (i < script.length()) {
      if (script.charAt(i) == quote) {
        if (i + 1 < script.length() && script.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return script.length();
  }

  private static void add(List<String> statements, StringBuilder current) {
    String statement = current.toString().trim();
    if (!statement.isEmpty()) {
      statements.add(statement);
    }
    current.setLength(0);
  }

  /** Orders by version, numerically part by part ({@code 1.10} after {@code 1.9}). */
  @Override
  public int compareTo(Migration other) {
    String[] mine = version.split("\\.");
    String[] theirs = other.version.split("\\.");
    for (int i = 0; i < Math.max(mine.length, theirs.length); i++) {
      long a = i < mine.length ? Long.parseLong(mine[i]) : 0;
      long b = i < theirs.length ? Long.parseLong(theirs[i]) : 0;
      if (a != b) {
        return Long.compare(a, b);
      }
    }
    return 0;
  }
}
