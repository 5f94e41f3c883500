package io.sibyl.mapper.annotations;

/**
 * The kinds of index {@link Index} can declare. A SASI index's mode is part of its kind ({@link
 * #SASI_PREFIX}, {@link #SASI_CONTAINS}, {@link #SASI_SPARSE}), so the compiler checks it, no other
 * index can be given a mode, and the query DSL knows from the column alone which {@code LIKE}
 * patterns the index serves.
 */
public enum IndexType {
  /** A classic secondary index: equality restrictions only. */
  SECONDARY,
  /**
   * A storage-attached index (SAI, Cassandra 5.0+): equality and range restrictions, combinable
   * with each other.
   */
  STORAGE_ATTACHED,
  /**
   * A SASI index in {@code PREFIX} mode (the node needs {@code sasi_indexes_enabled: true}):
   * equality, ranges, and {@code LIKE 'abc%'} on a text column.
   */
  SASI_PREFIX,
  /**
   * A SASI index in {@code CONTAINS} mode, on a text column only (the node needs {@code
   * sasi_indexes_enabled: true}): equality and every {@code LIKE} pattern ({@code 'abc%'}, {@code
   * '%abc'}, {@code '%abc%'}).
   */
  SASI_CONTAINS,
  /**
   * A SASI index in {@code SPARSE} mode, on a column that is not text and has few rows per value,
   * such as a timestamp (the node needs {@code sasi_indexes_enabled: true}): equality and ranges.
   */
  SASI_SPARSE;

  /** The class of SASI indexes, as {@code CREATE CUSTOM INDEX ... USING} names it. */
  public static final String SASI_CLASS = "org.apache.cassandra.index.sasi.SASIIndex";

  /** Whether this is one of the SASI kinds. */
  public boolean isSasi() {
    return sasiMode() != null;
  }

  /** The SASI mode ({@code PREFIX}, {@code CONTAINS} or {@code SPARSE}), or null for others. */
  public String sasiMode() {
    return switch (this) {
      case SASI_PREFIX -> "PREFIX";
      case SASI_CONTAINS -> "CONTAINS";
      case SASI_SPARSE -> "SPARSE";
      case SECONDARY, STORAGE_ATTACHED -> null;
    };
  }
}
