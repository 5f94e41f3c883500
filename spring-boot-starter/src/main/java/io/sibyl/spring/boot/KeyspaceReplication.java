package io.sibyl.spring.boot;

import java.util.Locale;

/**
 * Turns {@code sibyl.schema.create-keyspace} into a CQL replication map: {@code simple:N}, {@code
 * network:dc1=3,dc2=2}, or a map written in CQL (<code>{'class': ...}</code>), kept as it is.
 */
final class KeyspaceReplication {

  private KeyspaceReplication() {}

  /**
   * The CQL replication map.
   *
   * @throws SibylStartupException if the value has none of the three forms
   */
  static String toCql(String value) {
    String text = value.trim();
    if (text.startsWith("{")) {
      return text;
    }
    int colon = text.indexOf(':');
    String kind = colon < 0 ? "" : text.substring(0, colon).trim().toLowerCase(Locale.ROOT);
    String rest = colon < 0 ? "" : text.substring(colon + 1).trim();
    if (kind.equals("simple") && rest.matches("[1-9][0-9]*")) {
      return "{'class': 'SimpleStrategy', 'replication_factor': " + rest + "}";
    }
    if (kind.equals("network") && !rest.isEmpty()) {
      StringBuilder map = new StringBuilder("{'class': 'NetworkTopologyStrategy'");
      for (String entry : rest.split(",")) {
        String[] parts = entry.split("=", -1);
        if (parts.length != 2
            || !parts[0].trim().matches("[A-Za-z0-9_.-]+")
            || !parts[1].trim().matches("[0-9]+")) {
          throw invalid(value);
        }
        map.append(", '").append(parts[0].trim()).append("': ").append(parts[1].trim());
      }
      return map.append('}').toString();
    }
    throw invalid(value);
  }

  private static SibylStartupException invalid(String value) {
    return new SibylStartupException(
        "sibyl.schema.create-keyspace='"
            + value
            + "' is not a replication: use simple:N (e.g. simple:1), network:dc1=3,dc2=2, or a CQL"
            + " map such as {'class': 'SimpleStrategy', 'replication_factor': 1}");
  }
}
