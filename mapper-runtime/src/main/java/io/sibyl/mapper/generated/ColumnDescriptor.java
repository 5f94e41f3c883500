package io.sibyl.mapper.generated;

import java.util.Objects;

/**
 * One mapped column, as the processor saw it. Generated code makes them with the factories named
 * after the column's role ({@link #partitionKey}, {@link #clustering}, {@link #staticColumn},
 * {@link #regular}), which write the name in CQL form with {@link CqlNames#quoteIfNeeded}.
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

  /**
   * A column of the partition key.
   *
   * @param name the column name as stored by Cassandra (unquoted)
   * @param property the Java property it maps
   * @param cqlType the CQL type as written in the DDL
   * @param position its position in the partition key, from 0
   */
  public static ColumnDescriptor partitionKey(
      String name, String property, String cqlType, int position) {
    return of(name, property, cqlType, ColumnKind.PARTITION_KEY, position, ClusteringOrder.ASC);
  }

  /**
   * A clustering column.
   *
   * @param name the column name as stored by Cassandra (unquoted)
   * @param property the Java property it maps
   * @param cqlType the CQL type as written in the DDL
   * @param position its position among the clustering columns, from 0
   * @param order the order of its values in a partition
   */
  public static ColumnDescriptor clustering(
      String name, String property, String cqlType, int position, ClusteringOrder order) {
    return of(name, property, cqlType, ColumnKind.CLUSTERING_COLUMN, position, order);
  }

  /**
   * A static column: one value per partition.
   *
   * @param name the column name as stored by Cassandra (unquoted)
   * @param property the Java property it maps
   * @param cqlType the CQL type as written in the DDL
   */
  public static ColumnDescriptor staticColumn(String name, String property, String cqlType) {
    return of(name, property, cqlType, ColumnKind.STATIC, 0, ClusteringOrder.ASC);
  }

  /**
   * A column outside the primary key that is not static.
   *
   * @param name the column name as stored by Cassandra (unquoted)
   * @param property the Java property it maps (for a discriminator column, which maps none, its
   *     name)
   * @param cqlType the CQL type as written in the DDL
   */
  public static ColumnDescriptor regular(String name, String property, String cqlType) {
    return of(name, property, cqlType, ColumnKind.REGULAR, 0, ClusteringOrder.ASC);
  }

  private static ColumnDescriptor of(
      String name,
      String property,
      String cqlType,
      ColumnKind kind,
      int position,
      ClusteringOrder order) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(order, "order");
    return new ColumnDescriptor(
        name,
        CqlNames.quoteIfNeeded(name),
        property,
        cqlType,
        kind,
        position,
        order == ClusteringOrder.DESC);
  }

  /** Whether the column is part of the primary key. */
  public boolean isPrimaryKey() {
    return kind == ColumnKind.PARTITION_KEY || kind == ColumnKind.CLUSTERING_COLUMN;
  }
}
