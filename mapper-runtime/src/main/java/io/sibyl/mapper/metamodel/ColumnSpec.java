package io.sibyl.mapper.metamodel;

import io.sibyl.mapper.annotations.IndexTarget;
import io.sibyl.mapper.annotations.IndexType;
import io.sibyl.mapper.generated.TableDescriptor;
import java.util.Objects;

/**
 * What a generated metamodel passes to a column constant: the table, the column's position in it,
 * its index, and how its values are bound and read.
 *
 * @param table the generated table descriptor
 * @param position the column's position in {@link TableDescriptor#columns()}
 * @param indexType the kind of index declared on the column, or null
 * @param indexTarget what the index covers, or null
 * @param binder binds a non-null value
 * @param reader reads a non-null value
 * @param <T> the entity type
 * @param <V> the column's Java type
 */
public record ColumnSpec<T, V>(
    TableDescriptor<T> table,
    int position,
    IndexType indexType,
    IndexTarget indexTarget,
    ValueBinder<V> binder,
    ValueReader<V> reader) {

  /** Checks the components. */
  public ColumnSpec {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(binder, "binder");
    Objects.requireNonNull(reader, "reader");
    if (position < 0 || position >= table.columns().size()) {
      throw new IllegalArgumentException("No column at " + position + " in " + table.name());
    }
  }
}
