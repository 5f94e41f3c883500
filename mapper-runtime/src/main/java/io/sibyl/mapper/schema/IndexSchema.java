package io.sibyl.mapper.schema;

import java.util.Objects;

/**
 * The schema model of an index declared on a column.
 *
 * @param name the index name as written in CQL
 * @param columnCql the indexed column as written in CQL
 * @param target what is indexed: {@code values}, {@code keys}, {@code entries} or {@code full}
 * @param storageAttached whether it is a storage-attached (SAI) index
 * @param options the index options as a CQL map, or empty
 */
public record IndexSchema(
    String name, String columnCql, String target, boolean storageAttached, String options) {

  /** Checks the components. */
  public IndexSchema {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(columnCql, "columnCql");
    target = target == null || target.isEmpty() ? "values" : target;
    options = options == null ? "" : options;
  }
}
