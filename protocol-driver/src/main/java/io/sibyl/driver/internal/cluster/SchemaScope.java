package io.sibyl.driver.internal.cluster;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which keyspaces' schema metadata the control connection reads and keeps up to date: every
 * keyspace, a chosen few, or none.
 *
 * <p>The rows of {@code system_schema.keyspaces} (one per keyspace, for the replication settings
 * that token-aware routing needs) are always read; the scope decides the tables, columns, types and
 * indexes read, the keyspaces that {@code Metadata} shows, and the schema-change events that start
 * a refresh.
 *
 * @param enabled whether schema metadata is read at all
 * @param keyspaces the keyspaces to read, empty for all (when enabled)
 */
public record SchemaScope(boolean enabled, Set<String> keyspaces) {
  /** Every keyspace (the default). */
  public static final SchemaScope ALL = new SchemaScope(true, Set.of());

  /** No schema metadata. */
  public static final SchemaScope NONE = new SchemaScope(false, Set.of());

  /** Copies the set. */
  public SchemaScope {
    keyspaces = Set.copyOf(keyspaces);
  }

  /** Only the given keyspaces (names as stored by Cassandra: unquoted, case-sensitive). */
  public static SchemaScope of(List<String> keyspaces) {
    if (keyspaces.isEmpty()) {
      throw new IllegalArgumentException(
          "schemaMetadata() needs at least one keyspace name; use schemaMetadataEnabled(false)"
              + " to read no schema metadata at all");
    }
    return new SchemaScope(true, Set.copyOf(keyspaces));
  }

  /** Whether the metadata of {@code keyspace}'s tables and types is read and shown. */
  public boolean includes(String keyspace) {
    return enabled && (keyspaces.isEmpty() || keyspaces.contains(keyspace));
  }

  /**
   * Whether a schema-change event on {@code keyspace} should refresh the metadata: one on a
   * keyspace in scope, or, with metadata off, a change to a keyspace itself (its replication feeds
   * the token map).
   */
  public boolean refreshesOn(String keyspace, String target) {
    return includes(keyspace) || (!enabled && "KEYSPACE".equals(target));
  }

  /**
   * The {@code WHERE} clause restricting a {@code system_schema} table to the scope, or the empty
   * string when every keyspace is read.
   */
  public String whereClause() {
    if (keyspaces.isEmpty()) {
      return "";
    }
    return keyspaces.stream()
        .sorted()
        .map(name -> "'" + name.replace("'", "''") + "'")
        .collect(Collectors.joining(", ", " WHERE keyspace_name IN (", ")"));
  }
}
