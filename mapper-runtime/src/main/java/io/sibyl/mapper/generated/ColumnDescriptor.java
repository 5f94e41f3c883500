package io.sibyl.mapper.generated;

import java.util.Objects;

/**
 * One mapped column, as the processor saw it.
 *
 * @param name the column name as stored by Cassandra (unquoted)
 * @param cql the column name as written in CQL (quoted when needed)
 * @param property the Java property it maps
 * @param cqlType the CQL type as written in the DDL
 * @param kind the column's role
 * @param position the position in the partition key or among clustering columns; 0 otherwise
 * @param descending whether a clustering column is stored in descending order
 */
public record ColumnDescriptor(
    String name,
    String cql,
    String property,
    String cqlType,
    ColumnKind kind,
    int position,
    boolean descending) {

  /** Checks the components. */
  public ColumnDescriptor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(cql, "cql");
    Objects.requireNonNull(property, "property");
    Objects.requireNonNull(cqlType, "cqlType");
    Objects.requireNonNull(kind, "kind");
  }

  /** Whether the column is part of the primary key. */
  public boolean isPrimaryKey() {
    return kind == ColumnKind.PARTITION_KEY || kind == ColumnKind.CLUSTERING_COLUMN;
  }
}
