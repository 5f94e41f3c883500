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
    return type == IndexType.STORAGE_ATTACHED;
  }
}
