package io.sibyl.mapper.generated;

import io.sibyl.driver.Row;
import io.sibyl.mapper.ValidationErrors;
import java.util.List;

/**
 * What the processor knows of one {@code @Table} entity: columns, key layout, DDL, and its row
 * codec. Implemented by the generated {@code UserTable} (its {@code INSTANCE}).
 *
 * @param <T> the entity type
 */
public interface TableDescriptor<T> extends RowReader<T> {

  /** The keyspace named by {@code @Table(keyspace)}, or null. */
  String keyspace();

  /**
   * The named connection of {@code @Table(connection)} ({@link io.sibyl.mapper.Connections}), or
   * null for the mapper's session.
   */
  default String connection() {
    return null;
  }

  /** The table name as stored by Cassandra (unquoted). */
  String name();

  /** The columns in the order the generated statements list them: the key first. */
  List<ColumnDescriptor> columns();

  /** Whether the table holds counters. */
  boolean isCounterTable();

  /**
   * {@code CREATE TABLE IF NOT EXISTS} for this table, qualified with {@code keyspace} when it is
   * not null.
   */
  String createTableCql(String keyspace);

  /** {@code CREATE INDEX IF NOT EXISTS} statements for the declared indexes. */
  List<String> createIndexesCql(String keyspace);

  /** The UDTs the table uses, each after the ones it nests (the order to create them in). */
  List<UdtMapper<?>> udts();

  /**
   * The entity of a row whose columns are in {@link #columns()} order from index 0, as the
   * generated statements select them.
   */
  @Override
  T read(Row row);

  /**
   * The entity of a row where column {@code k} of {@link #columns()} is at index {@code at[k]}, or
   * absent when {@code at[k]} is negative (its property is left at its default).
   */
  T read(Row row, int[] at);

  /**
   * The entity as an insert writes it: each null property with a {@code @Default} given its value
   * (a bean is set in place; a record or an immutable class is copied), then checked against its
   * constraints and its {@link io.sibyl.mapper.Validatable} hook. Returns {@code entity} itself
   * when the entity declares none of these.
   *
   * @throws io.sibyl.mapper.EntityValidationException listing every violation
   */
  default T prepareInsert(T entity) {
    return entity;
  }

  /**
   * The entity as an update writes it: checked like {@link #prepareInsert}, without defaults.
   * Returns {@code entity}.
   *
   * @throws io.sibyl.mapper.EntityValidationException listing every violation
   */
  default T prepareUpdate(T entity) {
    return entity;
  }

  /**
   * Checks a value that an update sets a whole column to, against the constraints of the column's
   * property (the DSL's {@code User_.NAME.set(value)}).
   *
   * @param errors the violations found so far, or null for none
   * @param column the column's index in {@link #columns()}
   * @param value the value, possibly null
   * @return the violations so far with this value's added, null while there is none
   */
  default ValidationErrors checkValue(ValidationErrors errors, int column, Object value) {
    return errors;
  }
}
