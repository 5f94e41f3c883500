package io.sibyl.mapper.processor.model;

import io.sibyl.mapper.annotations.IndexTarget;
import io.sibyl.mapper.annotations.IndexType;

/**
 * An index declared on a column.
 *
 * @param name the index name (CQL form)
 * @param type the kind of index
 * @param options the index options as a CQL map, or empty
 * @param target what is indexed of a collection column
 */
public record IndexModel(String name, IndexType type, String options, IndexTarget target) {

  /** Whether the index serves range restrictions. */
  public boolean supportsRanges() {
    return type == IndexType.STORAGE_ATTACHED
        || type == IndexType.SASI_PREFIX
        || type == IndexType.SASI_SPARSE;
  }

  /**
   * {@code USING '...'} with its leading space for a custom index ({@code CREATE CUSTOM INDEX}), or
   * empty for a secondary one.
   */
  public String using() {
    if (type == IndexType.STORAGE_ATTACHED) {
      return " USING 'StorageAttachedIndex'";
    }
    return type.isSasi() ? " USING '" + IndexType.SASI_CLASS + "'" : "";
  }

  /**
   * The options as written after {@code WITH OPTIONS =}, with a SASI index's mode first ({@code
   * {'mode': 'CONTAINS', 'case_sensitive': 'false'}}), or empty when there are none. The runtime's
   * {@code IndexSchema} writes the same.
   */
  public String cqlOptions() {
    String written = options.trim();
    if (!type.isSasi()) {
      return written;
    }
    String mode = "'mode': '" + type.sasiMode() + "'";
    String rest = written.isEmpty() ? "" : written.substring(1, written.length() - 1).trim();
    return "{" + mode + (rest.isEmpty() ? "" : ", " + rest) + "}";
  }
}
