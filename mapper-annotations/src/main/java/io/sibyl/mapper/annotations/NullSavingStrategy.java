package io.sibyl.mapper.annotations;

/**
 * What an insert or update does with a null property. It can be chosen on the entity ({@link
 * Table#nullSaving()}), the repository ({@link Repository#nullSaving()}), the method ({@link
 * Insert#nullSaving()}, {@link Update#nullSaving()}) or the {@code Mapper}; the most specific one
 * that is not {@link #DEFAULT} wins.
 */
public enum NullSavingStrategy {
  /** Inherit from the enclosing level; at the top, {@link #DO_NOT_SET}. */
  DEFAULT,
  /**
   * Leave the column's bind value unset: the column keeps its current value and no tombstone is
   * written.
   */
  DO_NOT_SET,
  /** Bind null: the column's current value is deleted, which writes a tombstone. */
  SET_TO_NULL
}
