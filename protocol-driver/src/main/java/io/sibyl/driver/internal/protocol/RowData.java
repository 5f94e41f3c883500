package io.sibyl.driver.internal.protocol;

/**
 * The decoded rows of one result page, as {@link io.sibyl.driver.Row} reads them: the cells stay
 * encoded in one byte array, located by {@link #cellOffset}. The public row types depend on this
 * abstraction rather than on the protocol message that implements it.
 */
public interface RowData {
  /** The number of rows. */
  int rowCount();

  /** The rows content, owned by the page: do not modify. */
  byte[] data();

  /**
   * The offset in {@link #data()} of a cell's 4-byte big-endian length (negative: null); the cell's
   * bytes follow it.
   *
   * @throws IndexOutOfBoundsException if the cell is outside the page
   */
  int cellOffset(int row, int column);
}
