package io.sibyl.driver.type.codec;

import io.sibyl.driver.type.CustomType;
import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.ListType;
import io.sibyl.driver.type.MapType;
import io.sibyl.driver.type.PrimitiveType;
import io.sibyl.driver.type.SetType;
import io.sibyl.driver.type.TupleType;
import io.sibyl.driver.type.UserDefinedType;
import io.sibyl.driver.type.VectorType;
import java.util.List;
import java.util.Optional;

/**
 * The driver's built-in codecs as {@link CodecRegistry} finds and builds them. Not an API: the
 * driver implements it once, in its internal codec package, and the registry loads that one
 * implementation itself; this interface only lets the public codec package use the built-in codecs
 * without depending on their classes. Write a {@link TypeCodec} to add a mapping of your own.
 */
public interface BuiltInCodecProvider {

  /** The default codec of the primitive type with this protocol code, or null if there is none. */
  TypeCodec<?> defaultFor(int protocolCode);

  /**
   * The codec of the primitive type with this protocol code whose Java class is {@code javaClass}
   * or its boxed class ({@code Object} gives the default), or null if there is none.
   */
  TypeCodec<?> forClass(int protocolCode, Class<?> javaClass);

  /**
   * The codec of the primitive type with this protocol code that can encode {@code value}, or null
   * if there is none.
   */
  TypeCodec<?> forValue(int protocolCode, Object value);

  /**
   * The codec a scalar value maps to when no CQL type is known, or null if the value is not a
   * scalar that maps to a primitive CQL type.
   */
  TypeCodec<?> inferFromValue(Object value);

  /** A codec of {@code Optional}s whose present values go through {@code inner}. */
  <T> TypeCodec<Optional<T>> optionalOf(TypeCodec<T> inner);

  /** A codec of a list type whose elements go through {@code element}. */
  <E> TypeCodec<?> listOf(ListType cqlType, TypeCodec<E> element);

  /** A codec of a set type whose elements go through {@code element}. */
  <E> TypeCodec<?> setOf(SetType cqlType, TypeCodec<E> element);

  /** A codec of a map type whose keys and values go through {@code key} and {@code value}. */
  <K, V> TypeCodec<?> mapOf(MapType cqlType, TypeCodec<K> key, TypeCodec<V> value);

  /** A codec of a tuple type to tuple values whose fields use {@code registry}'s codecs. */
  TypeCodec<?> tupleOf(TupleType cqlType, CodecRegistry registry);

  /**
   * A tuple type as {@code Tuple2} or {@code Tuple3}, from one codec per component (two or three,
   * as many as the tuple has).
   */
  TypeCodec<?> typedTupleOf(TupleType cqlType, List<TypeCodec<?>> components);

  /** A codec of a user-defined type to UDT values whose fields use {@code registry}'s codecs. */
  TypeCodec<?> udtOf(UserDefinedType cqlType, CodecRegistry registry);

  /** A codec of a vector type to vectors whose elements go through {@code element}. */
  <E> TypeCodec<?> vectorOf(VectorType cqlType, TypeCodec<E> element);

  /** A codec of a vector of floats to {@code float[]}. */
  TypeCodec<?> floatArrayVectorOf(VectorType cqlType);

  /**
   * The built-in codec of a custom type (DSE's geometric types), or null when there is none (raw
   * bytes then).
   */
  TypeCodec<?> customOf(CustomType cqlType);

  /** A codec of any CQL type to its raw bytes, as {@code ByteBuffer}s (used for custom types). */
  TypeCodec<?> rawBytesOf(DataType cqlType);

  /**
   * A codec of an enum class: by constant name for {@code text} and {@code ascii}, by ordinal for
   * {@code int}; null for any other type.
   */
  TypeCodec<?> enumOf(PrimitiveType cqlType, Class<?> enumClass);
}
