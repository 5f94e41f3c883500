package io.sibyl.mapper.processor.model;

/** The role of a column in its table. */
public enum ColumnRole {
  PARTITION_KEY,
  CLUSTERING_COLUMN,
  STATIC,
  REGULAR;

  /** Whether the column is part of the primary key. */
  public boolean isKey() {
    return this == PARTITION_KEY || this == CLUSTERING_COLUMN;
  }
}
