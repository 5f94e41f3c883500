package io.sibyl.driver.type;

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
 * Typed read access by name, on top of {@link GettableByIndex}. Each getter resolves the name with
 * {@link #firstIndexOf(String)} and delegates to the getter by index.
 */
public interface GettableByName extends GettableByIndex {

  /**
   * The position of the value called {@code name}. A name in double quotes is matched exactly
   * (without its quotes); otherwise an exact match is tried first, then a case-insensitive one, as
   * CQL folds unquoted identifiers to lower case.
   *
   * @throws IllegalArgumentException if there is no such name
   */
  int firstIndexOf(String name);

  /** See {@link #isNull(int)}. */
  default boolean isNull(String name) {
    return isNull(firstIndexOf(name));
  }

  /** See {@link #getBytesUnsafe(int)}. */
  default ByteBuffer getBytesUnsafe(String name) {
    return getBytesUnsafe(firstIndexOf(name));
  }

  /** See {@link #get(int, TypeCodec)}. */
  default <T> T get(String name, TypeCodec<T> codec) {
    return get(firstIndexOf(name), codec);
  }

  /** See {@link #get(int, Class)}. */
  default <T> T get(String name, Class<T> javaClass) {
    return get(firstIndexOf(name), javaClass);
  }

  /** See {@link #get(int, GenericType)}. */
  default <T> T get(String name, GenericType<T> javaType) {
    return get(firstIndexOf(name), javaType);
  }

  /** See {@link #getObject(int)}. */
  default Object getObject(String name) {
    return getObject(firstIndexOf(name));
  }

  /** See {@link #getInt(int)}. */
  default int getInt(String name) {
    return getInt(firstIndexOf(name));
  }

  /** See {@link #getLong(int)}. */
  default long getLong(String name) {
    return getLong(firstIndexOf(name));
  }

  /** See {@link #getBoolean(int)}. */
  default boolean getBoolean(String name) {
    return getBoolean(firstIndexOf(name));
  }

  /** See {@link #getDouble(int)}. */
  default double getDouble(String name) {
    return getDouble(firstIndexOf(name));
  }

  /** See {@link #getFloat(int)}. */
  default float getFloat(String name) {
    return getFloat(firstIndexOf(name));
  }

  /** See {@link #getShort(int)}. */
  default short getShort(String name) {
    return getShort(firstIndexOf(name));
  }

  /** See {@link #getByte(int)}. */
  default byte getByte(String name) {
    return getByte(firstIndexOf(name));
  }

  /** See {@link #getString(int)}. */
  default String getString(String name) {
    return getString(firstIndexOf(name));
  }

  /** See {@link #getUuid(int)}. */
  default UUID getUuid(String name) {
    return getUuid(firstIndexOf(name));
  }

  /** See {@link #getInstant(int)}. */
  default Instant getInstant(String name) {
    return getInstant(firstIndexOf(name));
  }

  /** See {@link #getLocalDate(int)}. */
  default LocalDate getLocalDate(String name) {
    return getLocalDate(firstIndexOf(name));
  }

  /** See {@link #getLocalTime(int)}. */
  default LocalTime getLocalTime(String name) {
    return getLocalTime(firstIndexOf(name));
  }

  /** See {@link #getBigDecimal(int)}. */
  default BigDecimal getBigDecimal(String name) {
    return getBigDecimal(firstIndexOf(name));
  }

  /** See {@link #getBigInteger(int)}. */
  default BigInteger getBigInteger(String name) {
    return getBigInteger(firstIndexOf(name));
  }

  /** See {@link #getByteBuffer(int)}. */
  default ByteBuffer getByteBuffer(String name) {
    return getByteBuffer(firstIndexOf(name));
  }

  /** See {@link #getInetAddress(int)}. */
  default InetAddress getInetAddress(String name) {
    return getInetAddress(firstIndexOf(name));
  }

  /** See {@link #getCqlDuration(int)}. */
  default CqlDuration getCqlDuration(String name) {
    return getCqlDuration(firstIndexOf(name));
  }

  /** See {@link #getTupleValue(int)}. */
  default TupleValue getTupleValue(String name) {
    return getTupleValue(firstIndexOf(name));
  }

  /** See {@link #getUdtValue(int)}. */
  default UdtValue getUdtValue(String name) {
    return getUdtValue(firstIndexOf(name));
  }

  /** See {@link #getList(int, Class)}. */
  default <E> List<E> getList(String name, Class<E> elementClass) {
    return getList(firstIndexOf(name), elementClass);
  }

  /** See {@link #getSet(int, Class)}. */
  default <E> Set<E> getSet(String name, Class<E> elementClass) {
    return getSet(firstIndexOf(name), elementClass);
  }

  /** See {@link #getMap(int, Class, Class)}. */
  default <K, V> Map<K, V> getMap(String name, Class<K> keyClass, Class<V> valueClass) {
    return getMap(firstIndexOf(name), keyClass, valueClass);
  }

  /** See {@link #getVector(int, Class)}. */
  default <E> CqlVector<E> getVector(String name, Class<E> elementClass) {
    return getVector(firstIndexOf(name), elementClass);
  }
}
