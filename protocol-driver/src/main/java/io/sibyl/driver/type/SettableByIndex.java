package io.sibyl.driver.type;

import io.sibyl.driver.type.codec.PrimitiveBooleanCodec;
import io.sibyl.driver.type.codec.PrimitiveByteCodec;
import io.sibyl.driver.type.codec.PrimitiveDoubleCodec;
import io.sibyl.driver.type.codec.PrimitiveFloatCodec;
import io.sibyl.driver.type.codec.PrimitiveIntCodec;
import io.sibyl.driver.type.codec.PrimitiveLongCodec;
import io.sibyl.driver.type.codec.PrimitiveShortCodec;
import io.sibyl.driver.type.codec.TypeCodec;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Typed write access by position, on top of {@link GettableByIndex}. Every setter encodes through
 * {@link #codecRegistry()} and stores the bytes with {@link #setBytesUnsafe(int, ByteBuffer)},
 * whose result it returns: the same instance for mutable implementations, a copy for immutable
 * ones.
 *
 * @param <S> the implementing type, returned by the setters so calls can be chained
 */
public interface SettableByIndex<S extends SettableByIndex<S>> extends GettableByIndex {

  /**
   * Stores serialized bytes at {@code index} (null for a CQL null) without checking them against
   * the CQL type.
   *
   * @throws IndexOutOfBoundsException if the index is not within {@code [0, size())}
   */
  S setBytesUnsafe(int index, ByteBuffer bytes);

  /** Sets the value at {@code index} to CQL null. */
  default S setToNull(int index) {
    return setBytesUnsafe(index, null);
  }

  /** Sets a value encoded with the given codec. */
  default <T> S set(int index, T value, TypeCodec<T> codec) {
    return setBytesUnsafe(index, codec.encode(value));
  }

  /**
   * Sets a value of the given Java class.
   *
   * @throws io.sibyl.driver.error.CodecNotFoundException if the CQL type does not map to it
   */
  default <T> S set(int index, T value, Class<T> javaClass) {
    return set(index, value, codecRegistry().codecFor(getType(index), javaClass));
  }

  /**
   * Sets a value of the given Java type.
   *
   * @throws io.sibyl.driver.error.CodecNotFoundException if the CQL type does not map to it
   */
  default <T> S set(int index, T value, GenericType<T> javaType) {
    return set(index, value, codecRegistry().codecFor(getType(index), javaType));
  }

  /**
   * Sets a value, finding the codec from the CQL type and the value's runtime class (the first
   * element for collections).
   *
   * @throws io.sibyl.driver.error.CodecNotFoundException if the CQL type does not map to it
   */
  default S setObject(int index, Object value) {
    if (value == null) {
      return setToNull(index);
    }
    return set(index, value, codecRegistry().codecFor(getType(index), value));
  }

  /** Sets an {@code int}. */
  default S setInt(int index, int value) {
    TypeCodec<Integer> codec = codecRegistry().codecFor(getType(index), Integer.class);
    return setBytesUnsafe(
        index,
        codec instanceof PrimitiveIntCodec primitive
            ? primitive.encodeInt(value)
            : codec.encode(value));
  }

  /** Sets a {@code bigint} or {@code counter}. */
  default S setLong(int index, long value) {
    TypeCodec<Long> codec = codecRegistry().codecFor(getType(index), Long.class);
    return setBytesUnsafe(
        index,
        codec instanceof PrimitiveLongCodec primitive
            ? primitive.encodeLong(value)
            : codec.encode(value));
  }

  /** Sets a {@code boolean}. */
  default S setBoolean(int index, boolean value) {
    TypeCodec<Boolean> codec = codecRegistry().codecFor(getType(index), Boolean.class);
    return setBytesUnsafe(
        index,
        codec instanceof PrimitiveBooleanCodec primitive
            ? primitive.encodeBoolean(value)
            : codec.encode(value));
  }

  /** Sets a {@code double}. */
  default S setDouble(int index, double value) {
    TypeCodec<Double> codec = codecRegistry().codecFor(getType(index), Double.class);
    return setBytesUnsafe(
        index,
        codec instanceof PrimitiveDoubleCodec primitive
            ? primitive.encodeDouble(value)
            : codec.encode(value));
  }

  /** Sets a {@code float}. */
  default S setFloat(int index, float value) {
    TypeCodec<Float> codec = codecRegistry().codecFor(getType(index), Float.class);
    return setBytesUnsafe(
        index,
        codec instanceof PrimitiveFloatCodec primitive
            ? primitive.encodeFloat(value)
            : codec.encode(value));
  }

  /** Sets a {@code smallint}. */
  default S setShort(int index, short value) {
    TypeCodec<Short> codec = codecRegistry().codecFor(getType(index), Short.class);
    return setBytesUnsafe(
        index,
        codec instanceof PrimitiveShortCodec primitive
            ? primitive.encodeShort(value)
            : codec.encode(value));
  }

  /** Sets a {@code tinyint}. */
  default S setByte(int index, byte value) {
    TypeCodec<Byte> codec = codecRegistry().codecFor(getType(index), Byte.class);
    return setBytesUnsafe(
        index,
        codec instanceof PrimitiveByteCodec primitive
            ? primitive.encodeByte(value)
            : codec.encode(value));
  }

  /** Sets a {@code text}, {@code varchar} or {@code ascii}. */
  default S setString(int index, String value) {
    return set(index, value, String.class);
  }

  /** Sets a {@code uuid} or {@code timeuuid}. */
  default S setUuid(int index, UUID value) {
    return set(index, value, UUID.class);
  }

  /** Sets a {@code timestamp} (truncated to milliseconds). */
  default S setInstant(int index, Instant value) {
    return set(index, value, Instant.class);
  }

  /** Sets a {@code date}. */
  default S setLocalDate(int index, LocalDate value) {
    return set(index, value, LocalDate.class);
  }

  /** Sets a {@code time}. */
  default S setLocalTime(int index, LocalTime value) {
    return set(index, value, LocalTime.class);
  }

  /** Sets a {@code decimal}. */
  default S setBigDecimal(int index, BigDecimal value) {
    return set(index, value, BigDecimal.class);
  }

  /** Sets a {@code varint}. */
  default S setBigInteger(int index, BigInteger value) {
    return set(index, value, BigInteger.class);
  }

  /** Sets a {@code blob} (or custom type) from the buffer's remaining bytes. */
  default S setByteBuffer(int index, ByteBuffer value) {
    return set(index, value, ByteBuffer.class);
  }

  /** Sets an {@code inet}. */
  default S setInetAddress(int index, InetAddress value) {
    return set(index, value, InetAddress.class);
  }

  /** Sets a {@code duration}. */
  default S setCqlDuration(int index, CqlDuration value) {
    return set(index, value, CqlDuration.class);
  }

  /** Sets a tuple. */
  default S setTupleValue(int index, TupleValue value) {
    return set(index, value, TupleValue.class);
  }

  /** Sets a user-defined type value. */
  default S setUdtValue(int index, UdtValue value) {
    return set(index, value, UdtValue.class);
  }

  /** Sets a {@code list}. */
  default <E> S setList(int index, List<E> value, Class<E> elementClass) {
    return set(index, value, GenericType.listOf(elementClass));
  }

  /** Sets a {@code set}. */
  default <E> S setSet(int index, Set<E> value, Class<E> elementClass) {
    return set(index, value, GenericType.setOf(elementClass));
  }

  /** Sets a {@code map}. */
  default <K, V> S setMap(int index, Map<K, V> value, Class<K> keyClass, Class<V> valueClass) {
    return set(index, value, GenericType.mapOf(keyClass, valueClass));
  }

  /** Sets a {@code vector}. */
  default <E> S setVector(int index, CqlVector<E> value, Class<E> elementClass) {
    return set(index, value, GenericType.vectorOf(elementClass));
  }
}
