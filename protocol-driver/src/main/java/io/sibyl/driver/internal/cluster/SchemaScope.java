package io.sibyl.driver.internal.cluster;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which keyspaces' schema metadata the control connection reads and keeps up to date: every
 * keyspace, a chosen few, none, or, on demand, those asked for so far.
 *
 * <p>The rows of {@code system_schema.keyspaces} (one per keyspace, for the replication settings
 * that token-aware routing needs) are always read; the scope decides the tables, columns, types and
 * indexes read, the keyspaces that {@code Metadata} shows, and the schema-change events that start
 * a refresh.
 *
 * @param enabled whether schema metadata is read at all
 * @param keyspaces the keyspaces to read; when empty: every keyspace, or none yet when on demand
 * @param onDemand whether keyspaces are added as they are asked for (starting with none)
 */
public record SchemaScope(boolean enabled, Set<String> keyspaces, boolean onDemand) {
  /** Every keyspace (the default). */
  public static final SchemaScope ALL = new SchemaScope(true, Set.of(), false);

  /** No schema metadata. */
  public static final SchemaScope NONE = new SchemaScope(false, Set.of(), false);

  /** No keyspace until one is asked for. */
  public static final SchemaScope ON_DEMAND = new SchemaScope(true, Set.of(), true);

  /** Copies the set. */
  public SchemaScope {
    keyspaces = Set.copyOf(keyspaces);
  }

  /** Only the given keyspaces (names as stored by Cassandra: unquoted, case-sensitive). */
  public static SchemaScope of(List<String> keyspaces) {
    if (keyspaces.isEmpty()) {
      throw new IllegalArgumentException(
          "schemaMetadata() needs at least one keyspace name; use schemaMetadataEnabled(false)"
              + " to read no schema metadata at all, or schemaMetadataOnDemand() to read keyspaces"
              + " as they are asked for");
    }
    return new SchemaScope(true, Set.copyOf(keyspaces), false);
  }

  /** Whether the scope names its keyspaces (a list, or on demand), so that more can be added. */
  public boolean extensible() {
    return enabled && (onDemand || !keyspaces.isEmpty());
  }

  /**
   * This scope with {@code more} keyspaces, when it names its keyspaces ({@link #extensible()});
   * this scope itself otherwise, or when it has them all already.
   */
  public SchemaScope with(Collection<String> more) {
    if (!extensible() || keyspaces.containsAll(more)) {
      return this;
    }
    Set<String> union = new HashSet<>(keyspaces);
    union.addAll(more);
    return new SchemaScope(true, union, onDemand);
  }

  /** Whether the metadata of {@code keyspace}'s tables and types is read and shown. */
  public boolean includes(String keyspace) {
    return enabled && (keyspaces.contains(keyspace) || (keyspaces.isEmpty() && !onDemand));
  }

  /** Whether any table, column, type or index row is read at all. */
  public boolean readsTables() {
    return enabled && !(onDemand && keyspaces.isEmpty());
  }

  /**
   * Whether a schema-change event on {@code keyspace} should refresh the metadata: one on a
   * keyspace in scope, or, with metadata off or on demand, a change to a keyspace itself (its
   * replication feeds the token map).
   */
  public boolean refreshesOn(String keyspace, String target) {
    return includes(keyspace) || ((!enabled || onDemand) && "KEYSPACE".equals(target));
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
