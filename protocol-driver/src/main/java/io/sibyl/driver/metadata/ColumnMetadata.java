package io.sibyl.driver.metadata;

import io.sibyl.driver.type.DataType;

/**
 * A column of a table.
 *
 * @param name the column's name
 * @param type the column's CQL type
 * @param kind partition key, clustering, static or regular
 * @param position its position in the key (0 for regular and static columns)
 * @param descending for a clustering column, whether it sorts descending
 */
public record ColumnMetadata(
    String name, DataType type, Kind kind, int position, boolean descending) {

  /** The role of a column in its table. */
  public enum Kind {
    /** Part of the partition key. */
    PARTITION_KEY,
    /** A clustering column. */
    CLUSTERING,
    /** A static column (one value per partition). */
    STATIC,
    /** A regular column. */
    REGULAR
  }
}
