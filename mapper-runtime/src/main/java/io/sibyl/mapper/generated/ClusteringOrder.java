package io.sibyl.mapper.generated;

/** The order in which a partition stores the rows of a clustering column's values. */
public enum ClusteringOrder {
  /** Ascending, Cassandra's default. */
  ASC,
  /** Descending: {@code @ClusteringColumn(descending = true)}. */
  DESC
}
