package io.sibyl.mapper.metamodel;

import io.sibyl.mapper.generated.TableDescriptor;
import java.util.List;
import java.util.Objects;

/**
 * What the DSL knows of one {@code @Table} entity: its generated descriptor, its CQL name, its
 * typed columns and how an entity is bound. Built once by the generated metamodel ({@code User_}).
 *
 * @param <T> the entity type
 */
public final class TableMetamodel<T> {

  private final TableDescriptor<T> table;
  private final String declaredKeyspace;
  private final String tableCql;
  private final List<ColumnRef<T, ?>> columns;
  private final EntityBinder<T> binder;
  private final List<Restriction<T>> fixedRestrictions;
  private final PropertyReader<T> properties;
  private final ColumnRef<T, ?> discriminator;

  /**
   * A metamodel (called by generated code).
   *
   * @param table the generated table descriptor
   * @param declaredKeyspace the keyspace of {@code @Table(keyspace)} in CQL form, or null (or
   *     empty) when the entity names none
   * @param tableCql the table name in CQL form
   * @param columns the columns, in {@link TableDescriptor#columns()} order
   * @param binder binds an entity's columns
   */
  public TableMetamodel(
      TableDescriptor<T> table,
      String declaredKeyspace,
      String tableCql,
      List<ColumnRef<T, ?>> columns,
      EntityBinder<T> binder) {
    this(table, declaredKeyspace, tableCql, columns, binder, List.of(), null, null);
  }

  /**
   * A metamodel that can also read each column's property from an entity, for changed-column
   * updates (called by generated code).
   *
   * @param table the generated table descriptor
   * @param declaredKeyspace the keyspace of {@code @Table(keyspace)} in CQL form, or empty
   * @param tableCql the table name in CQL form
   * @param columns the columns, in {@link TableDescriptor#columns()} order
   * @param binder binds an entity's columns
   * @param properties reads the property of a column from an entity
   */
  public TableMetamodel(
      TableDescriptor<T> table,
      String declaredKeyspace,
      String tableCql,
      List<ColumnRef<T, ?>> columns,
      EntityBinder<T> binder,
      PropertyReader<T> properties) {
    this(
        table,
        declaredKeyspace,
        tableCql,
        columns,
        binder,
        List.of(),
        Objects.requireNonNull(properties, "properties"),
        null);
  }

  /**
   * A metamodel whose selects always include some restrictions (called by the generated metamodel
   * of a polymorphic table's subtype, whose rows are those with its discriminator value).
   *
   * @param table the generated table descriptor
   * @param declaredKeyspace the keyspace of {@code @Table(keyspace)} in CQL form, or null (or
   *     empty) when the entity names none
   * @param tableCql the table name in CQL form
   * @param columns the columns, in {@link TableDescriptor#columns()} order
   * @param binder binds an entity's columns
   * @param fixedRestrictions restrictions on these columns that every select and count starts from
   */
  public TableMetamodel(
      TableDescriptor<T> table,
      String declaredKeyspace,
      String tableCql,
      List<ColumnRef<T, ?>> columns,
      EntityBinder<T> binder,
      List<Restriction<T>> fixedRestrictions) {
    this(table, declaredKeyspace, tableCql, columns, binder, fixedRestrictions, null, null);
  }

  private TableMetamodel(
      TableDescriptor<T> table,
      String declaredKeyspace,
      String tableCql,
      List<ColumnRef<T, ?>> columns,
      EntityBinder<T> binder,
      List<Restriction<T>> fixedRestrictions,
      PropertyReader<T> properties,
      ColumnRef<T, ?> discriminator) {
    this.properties = properties;
    this.discriminator = discriminator;
    this.table = Objects.requireNonNull(table, "table");
    this.declaredKeyspace = declaredKeyspace == null ? "" : declaredKeyspace;
    this.tableCql = Objects.requireNonNull(tableCql, "tableCql");
    this.columns = List.copyOf(columns);
    this.binder = Objects.requireNonNull(binder, "binder");
    this.fixedRestrictions = List.copyOf(fixedRestrictions);
    if (this.columns.size() != table.columns().size()) {
      throw new IllegalArgumentException(
          "Expected " + table.columns().size() + " columns for " + table.name());
    }
    for (Restriction<T> restriction : this.fixedRestrictions) {
      if (restriction.column().table() != table) {
        throw new IllegalArgumentException(
            "Fixed restriction " + restriction + " is not on a column of " + table.name());
      }
    }
  }

  /**
   * This metamodel with {@code column} as its discriminator: the column of a polymorphic table that
   * tells each row's subtype (called by the generated metamodels of polymorphic tables).
   *
   * @param column one of {@link #columns()}
   * @return a metamodel equal to this one but for {@link #discriminator()}
   * @throws IllegalArgumentException if {@code column} is not one of this metamodel's columns
   */
  public TableMetamodel<T> withDiscriminator(ColumnRef<T, ?> column) {
    if (!columns.contains(Objects.requireNonNull(column, "column"))) {
      throw new IllegalArgumentException(
          "Discriminator " + column + " is not a column of " + table.name());
    }
    return new TableMetamodel<>(
        table, declaredKeyspace, tableCql, columns, binder, fixedRestrictions, properties, column);
  }

  /**
   * The column that tells each row's subtype in a polymorphic table ({@code kind}), or null when
   * the table is not polymorphic.
   */
  public ColumnRef<T, ?> discriminator() {
    return discriminator;
  }

  /** The generated table descriptor. */
  public TableDescriptor<T> table() {
    return table;
  }

  /** The keyspace of {@code @Table(keyspace)} in CQL form, or empty. */
  public String declaredKeyspace() {
    return declaredKeyspace;
  }

  /** The table name in CQL form. */
  public String tableCql() {
    return tableCql;
  }

  /** The columns, key first. */
  public List<ColumnRef<T, ?>> columns() {
    return columns;
  }

  /** Binds an entity's columns. */
  public EntityBinder<T> binder() {
    return binder;
  }

  /**
   * The restrictions that every select and count of this metamodel starts from: for a subtype of a
   * polymorphic table, its discriminator value ({@code kind = 'car'}); else none.
   */
  public List<Restriction<T>> fixedRestrictions() {
    return fixedRestrictions;
  }

  /**
   * Reads each column's property from an entity (for changed-column updates), or null when the
   * generated metamodel has none (polymorphic tables).
   */
  public PropertyReader<T> properties() {
    return properties;
  }

  /** The number of primary key columns (they come first). */
  public int keySize() {
    return (int) table.columns().stream().filter(c -> c.isPrimaryKey()).count();
  }
}
