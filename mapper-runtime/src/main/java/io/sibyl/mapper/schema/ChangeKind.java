package io.sibyl.mapper.schema;

/**
 * What a {@link SchemaChange} does. Safe kinds only add to the schema (the <em>expand</em> step,
 * run at startup); the drop kinds remove what the model no longer maps (the <em>contract</em> step,
 * run only by {@link SchemaManager#contract()}); the other unsafe kinds cannot be done by an {@code
 * ALTER} statement at all.
 */
public enum ChangeKind {
  /** Creates a missing keyspace (planned only when the mapper may create keyspaces). */
  CREATE_KEYSPACE(true, 0, null),
  /** Creates a missing user-defined type. */
  CREATE_TYPE(true, 1, null),
  /** Adds a field to a user-defined type. */
  ADD_TYPE_FIELD(true, 1, null),
  /** Creates a missing table. */
  CREATE_TABLE(true, 2, null),
  /** Adds a column to a table. */
  ADD_COLUMN(true, 3, null),
  /** Changes table options such as {@code default_time_to_live}. */
  ALTER_TABLE_OPTIONS(true, 3, null),
  /** Creates a missing index. */
  CREATE_INDEX(true, 4, null),
  /** A user type field whose type differs: Cassandra cannot change it in place. */
  CHANGE_FIELD_TYPE(false, 5, null),
  /** A column whose type differs: Cassandra cannot change it in place. */
  CHANGE_COLUMN_TYPE(false, 5, null),
  /** A column that is static in one and regular in the other. */
  CHANGE_COLUMN_KIND(false, 5, null),
  /** A primary key with other columns, order or types. */
  CHANGE_PRIMARY_KEY(false, 5, null),
  /** Clustering columns stored in another order. */
  CHANGE_CLUSTERING_ORDER(false, 5, null),
  /**
   * An index of the model's name that is of another kind or SASI mode in the schema: it must be
   * dropped and created again, which Cassandra does not do in place.
   */
  CHANGE_INDEX(false, 5, null),
  /**
   * An index on a column that the model no longer maps: dropped by {@link SchemaManager#contract()}
   * just before its column (Cassandra refuses to drop an indexed column).
   */
  DROP_INDEX(false, 6, "mapper.schema().contract()"),
  /**
   * A column a mapped table has and the model does not: left alone at startup (an older or newer
   * instance may use it), dropped only by {@link SchemaManager#contract()}.
   */
  DROP_COLUMN(false, 7, "mapper.schema().contract()"),
  /**
   * A table that an earlier model of this application mapped and the current one does not: left
   * alone at startup, dropped only by {@link SchemaManager#contract()}. Tables no model of this
   * application ever mapped are never planned. Also allows {@link SchemaManager#dropTable(Class)},
   * refused unless the mapper was built with {@code allowSchemaChanges(ChangeKind.DROP_TABLE)}.
   */
  DROP_TABLE(false, 8, "mapper.schema().contract()"),
  /**
   * Never planned: allows {@link SchemaManager#dropKeyspace(String)}, refused unless the mapper was
   * built with {@code allowSchemaChanges(ChangeKind.DROP_KEYSPACE)}.
   */
  DROP_KEYSPACE(false, 9, null),
  /**
   * Never planned: allows {@link SchemaManager#truncate(Class)}, refused unless the mapper was
   * built with {@code allowSchemaChanges(ChangeKind.TRUNCATE_TABLE)}.
   */
  TRUNCATE_TABLE(false, 9, null);

  private final boolean safe;
  private final int phase;
  private final String allowedBy;

  ChangeKind(boolean safe, int phase, String allowedBy) {
    this.safe = safe;
    this.phase = phase;
    this.allowedBy = allowedBy;
  }

  /** Whether the change only adds to the schema. */
  public boolean isSafe() {
    return safe;
  }

  /**
   * Whether an unsafe change of this kind can be applied explicitly: it is a contraction, applied
   * by {@link SchemaManager#contract()} and never at startup.
   */
  public boolean isAllowable() {
    return allowedBy != null;
  }

  /** Whether the change removes something the model no longer maps (a drop). */
  public boolean isContraction() {
    return allowedBy != null;
  }

  /** The call that applies an unsafe change of this kind, or null when none can. */
  public String allowedBy() {
    return allowedBy;
  }

  /** The order in which changes apply: keyspaces, types, tables, columns, indexes, drops. */
  int phase() {
    return phase;
  }
}
