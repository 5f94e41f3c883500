package io.sibyl.it.interop;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Set;

/**
 * One driver's end of the interoperability tests: writes and reads rows of {@link AllTypesTable}
 * through prepared statements, with values in the driver-neutral form of {@link Sample}.
 */
interface DriverSide {

  /** The driver's name, for messages. */
  String name();

  /** Writes a row: the given columns (null values as null), every other column left unset. */
  void insert(int id, Map<String, Object> values);

  /**
   * Reads a row, each column as the driver's default Java type for it, then made neutral.
   *
   * @throws AssertionError if there is no such row
   */
  Map<String, Object> select(int id);

  /**
   * Reads a row, each scalar with the getter of its type ({@code getInt}, {@code getString}...),
   * which returns 0 or false for a null or empty number, then made neutral.
   */
  Map<String, Object> selectTyped(int id);

  /** Reads a row's columns as the bytes that the server sent. */
  Map<String, ByteBuffer> selectBytes(int id);

  /** The names of the columns that are null in a row. */
  Set<String> selectNullColumns(int id);

  /** Adds to a counter, creating it at zero first if needed. */
  void increment(int id, long delta);

  /** The value of a counter. */
  long counter(int id);
}
