package io.sibyl.driver.metadata;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A table as {@code system_schema} describes it.
 *
 * @param keyspace the keyspace's name
 * @param name the table's name
 * @param partitionKey the partition key columns, in key order
 * @param clusteringColumns the clustering columns, in key order
 * @param columns every column, by name (key columns included)
 * @param options the table options (e.g. {@code default_time_to_live}, {@code comment}), as text
 * @param indexes the secondary indexes, by name
 */
public record TableMetadata(
    String keyspace,
    String name,
    List<ColumnMetadata> partitionKey,
    List<ColumnMetadata> clusteringColumns,
    Map<String, ColumnMetadata> columns,
    Map<String, String> options,
    Map<String, IndexMetadata> indexes) {

  /** The column with this (unquoted, exact) name. */
  public Optional<ColumnMetadata> column(String columnName) {
    return Optional.ofNullable(columns.get(columnName));
  }
}
