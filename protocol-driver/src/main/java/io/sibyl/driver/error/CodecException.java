package io.sibyl.driver.error;

import io.sibyl.driver.DriverException;
import io.sibyl.driver.type.DataType;

/**
 * A value could not be converted between its Java form and its CQL bytes: the bytes have the wrong
 * size or are malformed for the column's CQL type, a Java value cannot be represented in that type
 * (a collection with a null element, a date out of range), or a CQL literal cannot be parsed.
 *
 * <p>Bytes that do not fit the type usually mean that the codec does not match the column (check
 * the schema and the Java type you asked for).
 */
public class CodecException extends DriverException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message and an optional cause. */
  public CodecException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Creates an exception with a message. */
  public CodecException(String message) {
    super(message);
  }

  /**
   * Creates the exception for a serialized value whose size does not fit its fixed-size type.
   *
   * @param cqlType the type the bytes were read as
   * @param expected the number of bytes that type always takes
   * @param actual the number of bytes received
   */
  public static CodecException wrongSize(DataType cqlType, int expected, int actual) {
    return new CodecException(
        "Invalid "
            + cqlType.asCql()
            + " value: expected "
            + expected
            + " bytes but got "
            + actual
            + ". The bytes do not belong to this type: check that the column's CQL type matches"
            + " the codec (or the Java type) used to read it.");
  }
}
