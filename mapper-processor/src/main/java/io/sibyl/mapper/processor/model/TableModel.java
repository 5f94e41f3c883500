package io.sibyl.mapper.processor.model;

import com.palantir.javapoet.ClassName;
import io.sibyl.mapper.annotations.NullSavingStrategy;
import java.util.List;
import java.util.Optional;

/**
 * A {@code @Table} entity, validated.
 *
 * @param entity the entity class
 * @param name the table name as stored (unquoted)
 * @param cql the table name as written in CQL
 * @param keyspace the keyspace of {@code @Table(keyspace)} in CQL form, or empty
 * @param columns the columns: partition key, clustering columns, then the others in declaration
 *     order
 * @param construction how rows become entities (null on the base of a polymorphic table)
 * @param nullSaving the entity's null-saving strategy (DEFAULT when it names none)
 * @param defaultTtl the table's default TTL in seconds, 0 for none
 * @param compaction the compaction option as a CQL map, or empty
 * @param options further table options as CQL
 * @param udts the generated UDT mapper classes the table uses, in creation order
 * @param discriminator the discriminator of a polymorphic table (on its base and on each of its
 *     subtypes), or null
 */
public record TableModel(
    ClassName entity,
    String name,
    String cql,
    String keyspace,
    List<ColumnModel> columns,
    Construction construction,
    NullSavingStrategy nullSaving,
    int defaultTtl,
    String compaction,
    List<String> options,
    List<ClassName> udts,
    DiscriminatorModel discriminator) {

  /** Copies the lists. */
  public TableModel {
    columns = List.copyOf(columns);
    options = List.copyOf(options);
    udts = List.copyOf(udts);
  }

  /** The partition key columns, in key order. */
  public List<ColumnModel> partitionKey() {
    return columns.stream().filter(c -> c.role() == ColumnRole.PARTITION_KEY).toList();
  }

  /** The clustering columns, in key order. */
  public List<ColumnModel> clusteringColumns() {
    return columns.stream().filter(c -> c.role() == ColumnRole.CLUSTERING_COLUMN).toList();
  }

  /** The primary key columns, in key order. */
  public List<ColumnModel> primaryKey() {
    return columns.stream().filter(c -> c.role().isKey()).toList();
  }

  /** The columns outside the primary key. */
  public List<ColumnModel> nonKeyColumns() {
    return columns.stream().filter(c -> !c.role().isKey()).toList();
  }

  /** Whether the table holds counters. */
  public boolean isCounterTable() {
    return columns.stream().anyMatch(ColumnModel::isCounter);
  }

  /** Whether the table is polymorphic: this is its base or one of its subtypes. */
  public boolean isPolymorphic() {
    return discriminator != null;
  }

  /** The index of the discriminator column in the generated descriptor: after the columns. */
  public int discriminatorIndex() {
    return columns.size();
  }

  /** The number of columns of the generated descriptor, the discriminator included. */
  public int descriptorSize() {
    return columns.size() + (discriminator == null ? 0 : 1);
  }

  /** The column of a property, if any. */
  public Optional<ColumnModel> byProperty(String property) {
    return columns.stream().filter(c -> c.property().equals(property)).findFirst();
  }

  /** The column of a CQL name (case-insensitive unless quoted), if any. */
  public Optional<ColumnModel> byCqlName(String cqlName) {
    return columns.stream().filter(c -> CqlNames.sameColumn(c.name(), cqlName)).findFirst();
  }

  /** The index of a column in {@link #columns()}. */
  public int indexOf(ColumnModel column) {
    return columns.indexOf(column);
  }
}
