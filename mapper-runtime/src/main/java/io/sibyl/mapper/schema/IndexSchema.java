package io.sibyl.mapper.schema;

import io.sibyl.mapper.annotations.IndexType;
import java.util.Objects;

/**
 * The schema model of an index declared on a column.
 *
 * @param name the index name as written in CQL
 * @param columnCql the indexed column as written in CQL
 * @param target what is indexed: {@code values}, {@code keys}, {@code entries} or {@code full}
 * @param type the kind of index; for SASI, with its mode
 * @param options the index options as a CQL map without a SASI index's mode, or empty
 */
public record IndexSchema(
    String name, String columnCql, String target, IndexType type, String options) {

  /** Checks the components. */
  public IndexSchema {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(columnCql, "columnCql");
    Objects.requireNonNull(type, "type");
    target = target == null || target.isEmpty() ? "values" : target;
    options = options == null ? "" : options.trim();
  }

  /** Whether it is a storage-attached (SAI) index. */
  public boolean storageAttached() {
    return type == IndexType.STORAGE_ATTACHED;
  }

  /** Whether it is created with {@code CREATE CUSTOM INDEX ... USING}. */
  boolean custom() {
    return type != IndexType.SECONDARY;
  }

  /** The class named by {@code USING}, as written there; null for a secondary index. */
  String using() {
    if (type == IndexType.STORAGE_ATTACHED) {
      return "StorageAttachedIndex";
    }
    return type.isSasi() ? IndexType.SASI_CLASS : null;
  }

  /**
   * The options as written after {@code WITH OPTIONS =}, with a SASI index's mode first ({@code
   * {'mode': 'CONTAINS', 'case_sensitive': 'false'}}), or empty when there are none: what the
   * generated {@code createIndexesCql} writes too.
   */
  String cqlOptions() {
    if (!type.isSasi()) {
      return options;
    }
    String mode = "'mode': '" + type.sasiMode() + "'";
    String rest = options.isEmpty() ? "" : options.substring(1, options.length() - 1).trim();
    return "{" + mode + (rest.isEmpty() ? "" : ", " + rest) + "}";
  }
}
