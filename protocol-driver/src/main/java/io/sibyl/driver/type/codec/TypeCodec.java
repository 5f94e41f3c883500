package io.sibyl.driver.type.codec;

import io.sibyl.driver.error.CodecException;
import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.GenericType;
import java.nio.ByteBuffer;

/**
 * Converts values between one CQL type and one Java type: to and from the native protocol's bytes,
 * and to and from CQL literals.
 *
 * <p>Codecs are immutable and thread-safe. Find one with {@link CodecRegistry}; write your own to
 * map a Java class of yours (a {@code Money} stored as {@code decimal}, a JSON tree stored as
 * {@code text}) and register it with {@link CodecRegistry#withCodecs}. {@link MappingCodec} is the
 * easy way to build one on top of an existing codec.
 *
 * <p>Buffers are big-endian, as everywhere in the protocol.
 *
 * @param <T> the Java type
 */
public interface TypeCodec<T> {

  /** The CQL type this codec reads and writes. */
  DataType cqlType();

  /** The Java type this codec produces and consumes. */
  GenericType<T> javaType();

  /**
   * Serializes a value.
   *
   * @param value the value, possibly null
   * @return a buffer whose bytes between position and limit are the value, or null for a null
   *     value. The caller owns the buffer: the codec keeps no reference to it.
   * @throws CodecException if the value cannot be represented in the CQL type
   */
  ByteBuffer encode(T value);

  /**
   * Deserializes a value.
   *
   * @param bytes the value's bytes between position and limit, or null for a CQL null. The codec
   *     does not move the buffer's position and keeps no reference to the buffer.
   * @return the value; null for null bytes, except where Cassandra has a natural empty value (an
   *     empty collection for a null collection)
   * @throws CodecException if the bytes are not a valid value of the CQL type
   */
  T decode(ByteBuffer bytes);

  /**
   * Formats a value as a CQL literal, ready to embed in a statement: {@code 'it''s'}, {@code 42},
   * {@code 0xcafe}, {@code [1, 2]}, {@code {street: 'Main'}}, {@code NULL} for null.
   */
  String format(T value);

  /**
   * Parses a CQL literal, as produced by {@link #format} ({@code NULL} gives null).
   *
   * @throws CodecException if the literal is not valid for this type
   * @throws UnsupportedOperationException if this codec does not parse literals (the default)
   */
  default T parse(String literal) {
    throw new UnsupportedOperationException(
        getClass().getName() + " does not parse CQL literals of " + cqlType().asCql());
  }

  /** Whether this codec reads and writes the given CQL type. */
  default boolean accepts(DataType cqlType) {
    return cqlType().equals(cqlType);
  }

  /** Whether this codec produces and consumes exactly the given Java type. */
  default boolean accepts(GenericType<?> javaType) {
    return javaType().equals(javaType.wrap());
  }

  /**
   * Whether this codec produces and consumes the given class, ignoring type arguments. Primitive
   * classes match their boxed class.
   */
  default boolean accepts(Class<?> javaClass) {
    return javaType().getRawType().equals(GenericType.wrap(javaClass));
  }

  /**
   * Whether this codec can encode the given runtime value (a collection codec may look at the
   * elements). Null is accepted by every codec.
   */
  default boolean accepts(Object value) {
    return value == null || javaType().getRawType().isInstance(value);
  }
}
