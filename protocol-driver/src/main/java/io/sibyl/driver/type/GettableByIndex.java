package io.sibyl.driver.type;

import io.sibyl.driver.type.codec.CodecRegistry;
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
 * Typed read access by position to a sequence of serialized values, each with its CQL type: the
 * components of a {@link TupleValue}, the fields of a {@link UdtValue}, the columns of a row.
 *
 * <p>Implementations provide the four abstract methods; every getter decodes through {@link
 * #codecRegistry()}. Primitive getters never box and return {@code 0} / {@code false} for a CQL
 * null: use {@link #isNull(int)} to tell the two apart.
 */
public interface GettableByIndex {

  /** The number of values. */
  int size();

  /**
   * The CQL type of the value at {@code index}.
   *
   * @throws IndexOutOfBoundsException if the index is not within {@code [0, size())}
   */
  DataType getType(int index);

  /**
   * The raw bytes of the value at {@code index}, or null for a CQL null. Do not modify the buffer.
   *
   * @throws IndexOutOfBoundsException if the index is not within {@code [0, size())}
   */
  ByteBuffer getBytesUnsafe(int index);

  /** The registry that the getters find codecs in. */
  CodecRegistry codecRegistry();

  /** Whether the value at {@code index} is a CQL null. */
  default boolean isNull(int index) {
    return getBytesUnsafe(index) == null;
  }

  /** The value decoded with the given codec. */
  default <T> T get(int index, TypeCodec<T> codec) {
    return codec.decode(getBytesUnsafe(index));
  }

  /**
   * The value as the given Java class.
   *
   * @throws io.sibyl.driver.error.CodecNotFoundException if the CQL type does not map to it
   */
  default <T> T get(int index, Class<T> javaClass) {
    return get(index, codecRegistry().codecFor(getType(index), javaClass));
  }

  /**
   * The value as the given Java type, such as {@code new GenericType<List<String>>() {}}.
   *
   * @throws io.sibyl.driver.error.CodecNotFoundException if the CQL type does not map to it
   */
  default <T> T get(int index, GenericType<T> javaType) {
    return get(index, codecRegistry().codecFor(getType(index), javaType));
  }

  /** The value as the default Java type of its CQL type (see {@code docs/driver/types.md}). */
  default Object getObject(int index) {
    return get(index, codecRegistry().codecFor(getType(index)));
  }

  /** The value of an {@code int} (or a type mapped to Integer), {@code 0} if null. */
  default int getInt(int index) {
    TypeCodec<Integer> codec = codecRegistry().codecFor(getType(index), Integer.class);
    ByteBuffer bytes = getBytesUnsafe(index);
    if (codec instanceof PrimitiveIntCodec primitive) {
      return primitive.decodeInt(bytes);
    }
    Integer value = codec.decode(bytes);
    return value == null ? 0 : value;
  }

  /** The value of a {@code bigint} or {@code counter}, {@code 0} if null. */
  default long getLong(int index) {
    TypeCodec<Long> codec = codecRegistry().codecFor(getType(index), Long.class);
    ByteBuffer bytes = getBytesUnsafe(index);
    if (codec instanceof PrimitiveLongCodec primitive) {
      return primitive.decodeLong(bytes);
    }
    Long value = codec.decode(bytes);
    return value == null ? 0L : value;
  }

  /** The value of a {@code boolean}, {@code false} if null. */
  default boolean getBoolean(int index) {
    TypeCodec<Boolean> codec = codecRegistry().codecFor(getType(index), Boolean.class);
    ByteBuffer bytes = getBytesUnsafe(index);
    if (codec instanceof PrimitiveBooleanCodec primitive) {
      return primitive.decodeBoolean(bytes);
    }
    Boolean value = codec.decode(bytes);
    return value != null && value;
  }

  /** The value of a {@code double}, {@code 0.0} if null. */
  default double getDouble(int index) {
    TypeCodec<Double> codec = codecRegistry().codecFor(getType(index), Double.class);
    ByteBuffer bytes = getBytesUnsafe(index);
    if (codec instanceof PrimitiveDoubleCodec primitive) {
      return primitive.decodeDouble(bytes);
    }
    Double value = codec.decode(bytes);
    return value == null ? 0.0 : value;
  }

  /** The value of a {@code float}, {@code 0.0f} if null. */
  default float getFloat(int index) {
    TypeCodec<Float> codec = codecRegistry().codecFor(getType(index), Float.class);
    ByteBuffer bytes = getBytesUnsafe(index);
    if (codec instanceof PrimitiveFloatCodec primitive) {
      return primitive.decodeFloat(bytes);
    }
    Float value = codec.decode(bytes);
    return value == null ? 0.0f : value;
  }

  /** The value of a {@code smallint}, {@code 0} if null. */
  default short getShort(int index) {
    TypeCodec<Short> codec = codecRegistry().codecFor(getType(index), Short.class);
    ByteBuffer bytes = getBytesUnsafe(index);
    if (codec instanceof PrimitiveShortCodec primitive) {
      return primitive.decodeShort(bytes);
    }
    Short value = codec.decode(bytes);
    return value == null ? 0 : value;
  }

  /** The value of a {@code tinyint}, {@code 0} if null. */
  default byte getByte(int index) {
    TypeCodec<Byte> codec = codecRegistry().codecFor(getType(index), Byte.class);
    ByteBuffer bytes = getBytesUnsafe(index);
    if (codec instanceof PrimitiveByteCodec primitive) {
      return primitive.decodeByte(bytes);
    }
    Byte value = codec.decode(bytes);
    return value == null ? 0 : value;
  }

  /** The value of a {@code text}, {@code varchar} or {@code ascii}. */
  default String getString(int index) {
    return get(index, String.class);
  }

  /** The value of a {@code uuid} or {@code timeuuid}. */
  default UUID getUuid(int index) {
    return get(index, UUID.class);
  }

  /** The value of a {@code timestamp}. */
  default Instant getInstant(int index) {
    return get(index, Instant.class);
  }

  /** The value of a {@code date}. */
  default LocalDate getLocalDate(int index) {
    return get(index, LocalDate.class);
  }

  /** The value of a {@code time}. */
  default LocalTime getLocalTime(int index) {
    return get(index, LocalTime.class);
  }

  /** The value of a {@code decimal}. */
  default BigDecimal getBigDecimal(int index) {
    return get(index, BigDecimal.class);
  }

  /** The value of a {@code varint}. */
  default BigInteger getBigInteger(int index) {
    return get(index, BigInteger.class);
  }

  /** The value of a {@code blob} (or custom type), as a buffer of its own. */
  default ByteBuffer getByteBuffer(int index) {
    return get(index, ByteBuffer.class);
  }

  /** The value of an {@code inet}. */
  default InetAddress getInetAddress(int index) {
    return get(index, InetAddress.class);
  }

  /** The value of a {@code duration}. */
  default CqlDuration getCqlDuration(int index) {
    return get(index, CqlDuration.class);
  }

  /** The value of a tuple. */
  default TupleValue getTupleValue(int index) {
    return get(index, TupleValue.class);
  }

  /** The value of a user-defined type. */
  default UdtValue getUdtValue(int index) {
    return get(index, UdtValue.class);
  }

  /** The value of a {@code list}; an empty list if null. */
  default <E> List<E> getList(int index, Class<E> elementClass) {
    return get(index, GenericType.listOf(elementClass));
  }

  /** The value of a {@code set}; an empty set if null. */
  default <E> Set<E> getSet(int index, Class<E> elementClass) {
    return get(index, GenericType.setOf(elementClass));
  }

  /** The value of a {@code map}; an empty map if null. */
  default <K, V> Map<K, V> getMap(int index, Class<K> keyClass, Class<V> valueClass) {
    return get(index, GenericType.mapOf(keyClass, valueClass));
  }

  /** The value of a {@code vector}. */
  default <E> CqlVector<E> getVector(int index, Class<E> elementClass) {
    return get(index, GenericType.vectorOf(elementClass));
  }
}
