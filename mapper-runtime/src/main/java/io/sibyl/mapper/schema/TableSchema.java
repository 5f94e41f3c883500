package io.sibyl.mapper.schema;

import io.sibyl.mapper.generated.ColumnDescriptor;
import io.sibyl.mapper.generated.ColumnKind;
import io.sibyl.mapper.generated.TableDescriptor;
import io.sibyl.mapper.generated.UdtMapper;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The schema model of one {@code @Table} entity.
 *
 * @param entityType the entity class
 * @param keyspace the keyspace named by the entity in CQL form, or empty for the mapper's
 * @param name the table name as stored (unquoted)
 * @param cql the table name as written in CQL
 * @param columns the columns: partition key, clustering columns, then the others
 * @param options the table options as CQL ({@code default_time_to_live = 3600})
 * @param indexes the declared indexes
 * @param typeNames the user types the table uses (stored names), each after the ones it nests
 */
public record TableSchema(
    Class<?> entityType,
    String keyspace,
    String name,
    String cql,
    List<ColumnDescriptor> columns,
    List<String> options,
    List<IndexSchema> indexes,
    List<String> typeNames) {

  /** Checks and copies the components. */
  public TableSchema {
    Objects.requireNonNull(entityType, "entityType");
    keyspace = keyspace == null ? "" : keyspace;
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(cql, "cql");
    columns = List.copyOf(columns);
    options = List.copyOf(options);
    indexes = List.copyOf(indexes);
    typeNames = List.copyOf(typeNames);
  }

  /** The model of a generated table descriptor, as the generated contributors build it. */
  public static TableSchema of(
      Class<?> entityType,
      TableDescriptor<?> descriptor,
      String cql,
      List<String> options,
      List<IndexSchema> indexes) {
    return new TableSchema(
        entityType,
        descriptor.keyspace(),
        descriptor.name(),
        cql,
        descriptor.columns(),
        options,
        indexes,
        descriptor.udts().stream().map(UdtMapper::name).toList());
  }

  /** The partition key columns, in key order. */
  public List<ColumnDescriptor> partitionKey() {
    return ofKind(ColumnKind.PARTITION_KEY);
  }

  /** The clustering columns, in key order. */
  public List<ColumnDescriptor> clusteringColumns() {
    return ofKind(ColumnKind.CLUSTERING_COLUMN);
  }

  private List<ColumnDescriptor> ofKind(ColumnKind kind) {
    return columns.stream()
        .filter(c -> c.kind() == kind)
        .sorted(Comparator.comparingInt(ColumnDescriptor::position))
        .toList();
  }
}
