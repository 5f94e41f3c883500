package io.sibyl.mapper.generated;

/** The role of a column in its table. */
public enum ColumnKind {
  /** Part of the partition key. */
  PARTITION_KEY,
  /** A clustering column. */
  CLUSTERING_COLUMN,
  /** A static column: one value per partition. */
  STATIC,
  /** Any other column. */
  REGULAR
}
