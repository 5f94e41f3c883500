package io.sibyl.driver.error;

import io.sibyl.driver.DriverException;
import io.sibyl.driver.type.DataType;
import java.lang.reflect.Type;

/**
 * No codec of the registry maps a CQL type to a Java type (or to a runtime value's class).
 *
 * <p>Either ask for a Java type that the CQL type maps to by default (see {@code
 * docs/driver/types.md}), or write a {@code TypeCodec} and register it with {@code
 * Session.builder().addCodecs(...)} (or {@code CodecRegistry.DEFAULT.withCodecs(...)}).
 */
public class CodecNotFoundException extends DriverException {
  private static final long serialVersionUID = 1L;

  private final transient DataType cqlType;
  private final transient Type javaType;

  /**
   * Creates the exception for a failed lookup. Either side may be null when the lookup did not
   * constrain it.
   */
  public CodecNotFoundException(DataType cqlType, Type javaType, String hint) {
    super(message(cqlType, javaType, hint));
    this.cqlType = cqlType;
    this.javaType = javaType;
  }

  /** The CQL type of the lookup, or null if the lookup started from a Java value only. */
  public DataType cqlType() {
    return cqlType;
  }

  /** The Java type of the lookup, or null if the lookup asked for the default mapping. */
  public Type javaType() {
    return javaType;
  }

  private static String message(DataType cqlType, Type javaType, String hint) {
    String cql = cqlType == null ? "any CQL type" : "CQL type " + cqlType.asCql();
    String java = javaType == null ? "a Java type" : "Java type " + javaType.getTypeName();
    return "No codec maps "
        + cql
        + " to "
        + java
        + "."
        + (hint == null || hint.isEmpty() ? "" : " " + hint)
        + " To use your own mapping, implement io.sibyl.driver.type.codec.TypeCodec (or extend"
        + " MappingCodec) and register it: Session.builder().addCodecs(yourCodec), or"
        + " CodecRegistry.DEFAULT.withCodecs(yourCodec) given to SessionBuilder.codecRegistry.";
  }
}
