package io.sibyl.mapper.schema;

import java.util.EnumSet;
import java.util.Set;

/**
 * How a {@link SchemaManager} plans and applies.
 *
 * @param mode what the mapper's build does with the schema
 * @param entities the {@code @Table} and {@code @Udt} classes to manage; empty for every one found
 * @param allowed the destructive management calls allowed ({@link ChangeKind#DROP_TABLE}, {@link
 *     ChangeKind#DROP_KEYSPACE}, {@link ChangeKind#TRUNCATE_TABLE}); startup never drops, {@link
 *     SchemaManager#contract()} does
 * @param keyspaceReplication the replication map (CQL) to create missing keyspaces with, or null to
 *     never create them
 * @param migrationLocation the class path folder of versioned migrations
 * @param coordination how instances coordinate (lock, heartbeat, bookkeeping consistency)
 */
public record SchemaSettings(
    SchemaMode mode,
    Set<Class<?>> entities,
    Set<ChangeKind> allowed,
    String keyspaceReplication,
    String migrationLocation,
    SchemaCoordination coordination) {

  /** The default folder of versioned migrations. */
  public static final String DEFAULT_MIGRATIONS = "db/migration";

  /** Copies the sets. */
  public SchemaSettings {
    mode = mode == null ? SchemaMode.NONE : mode;
    entities = Set.copyOf(entities);
    allowed = allowed.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(allowed));
    migrationLocation = migrationLocation == null ? DEFAULT_MIGRATIONS : migrationLocation;
    coordination = coordination == null ? SchemaCoordination.defaults() : coordination;
  }

  /** Settings with the default coordination. */
  public SchemaSettings(
      SchemaMode mode,
      Set<Class<?>> entities,
      Set<ChangeKind> allowed,
      String keyspaceReplication,
      String migrationLocation) {
    this(mode, entities, allowed, keyspaceReplication, migrationLocation, null);
  }

  /** The defaults: mode NONE, every entity, no unsafe change, no keyspace creation. */
  public static SchemaSettings defaults() {
    return new SchemaSettings(SchemaMode.NONE, Set.of(), Set.of(), null, DEFAULT_MIGRATIONS);
  }
}
