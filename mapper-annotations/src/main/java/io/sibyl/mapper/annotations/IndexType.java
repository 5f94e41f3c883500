package io.sibyl.mapper.annotations;

/** The kinds of index {@link Index} can declare. */
public enum IndexType {
  /** A classic secondary index: equality restrictions only. */
  SECONDARY,
  /**
   * A storage-attached index (SAI, Cassandra 5.0+): equality and range restrictions, combinable
   * with each other.
   */
  STORAGE_ATTACHED
}
