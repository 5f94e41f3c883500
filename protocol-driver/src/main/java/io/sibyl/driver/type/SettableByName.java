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
 * Typed write access by name, on top of {@link SettableByIndex}. Each setter resolves the name with
 * {@link #firstIndexOf(String)} and delegates to the setter by index.
 *
 * @param <S> the implementing type, returned by the setters so calls can be chained
 */
public interface SettableByName<S extends SettableByName<S>>
    extends SettableByIndex<S>, GettableByName {

  /** See {@link #setBytesUnsafe(int, ByteBuffer)}. */
  default S setBytesUnsafe(String name, ByteBuffer bytes) {
    return setBytesUnsafe(firstIndexOf(name), bytes);
  }

  /** See {@link #setToNull(int)}. */
  default S setToNull(String name) {
    return setToNull(firstIndexOf(name));
  }

  /** See {@link #set(int, Object, TypeCodec)}. */
  default <T> S set(String name, T value, TypeCodec<T> codec) {
    return set(firstIndexOf(name), value, codec);
  }

  /** See {@link #set(int, Object, Class)}. */
  default <T> S set(String name, T value, Class<T> javaClass) {
    return set(firstIndexOf(name), value, javaClass);
  }

  /** See {@link #set(int, Object, GenericType)}. */
  default <T> S set(String name, T value, GenericType<T> javaType) {
    return set(firstIndexOf(name), value, javaType);
  }

  /** See {@link #setObject(int, Object)}. */
  default S setObject(String name, Object value) {
    return setObject(firstIndexOf(name), value);
  }

  /** See {@link #setInt(int, int)}. */
  default S setInt(String name, int value) {
    return setInt(firstIndexOf(name), value);
  }

  /** See {@link #setLong(int, long)}. */
  default S setLong(String name, long value) {
    return setLong(firstIndexOf(name), value);
  }

  /** See {@link #setBoolean(int, boolean)}. */
  default S setBoolean(String name, boolean value) {
    return setBoolean(firstIndexOf(name), value);
  }

  /** See {@link #setDouble(int, double)}. */
  default S setDouble(String name, double value) {
    return setDouble(firstIndexOf(name), value);
  }

  /** See {@link #setFloat(int, float)}. */
  default S setFloat(String name, float value) {
    return setFloat(firstIndexOf(name), value);
  }

  /** See {@link #setShort(int, short)}. */
  default S setShort(String name, short value) {
    return setShort(firstIndexOf(name), value);
  }

  /** See {@link #setByte(int, byte)}. */
  default S setByte(String name, byte value) {
    return setByte(firstIndexOf(name), value);
  }

  /** See {@link #setString(int, String)}. */
  default S setString(String name, String value) {
    return setString(firstIndexOf(name), value);
  }

  /** See {@link #setUuid(int, UUID)}. */
  default S setUuid(String name, UUID value) {
    return setUuid(firstIndexOf(name), value);
  }

  /** See {@link #setInstant(int, Instant)}. */
  default S setInstant(String name, Instant value) {
    return setInstant(firstIndexOf(name), value);
  }

  /** See {@link #setLocalDate(int, LocalDate)}. */
  default S setLocalDate(String name, LocalDate value) {
    return setLocalDate(firstIndexOf(name), value);
  }

  /** See {@link #setLocalTime(int, LocalTime)}. */
  default S setLocalTime(String name, LocalTime value) {
    return setLocalTime(firstIndexOf(name), value);
  }

  /** See {@link #setBigDecimal(int, BigDecimal)}. */
  default S setBigDecimal(String name, BigDecimal value) {
    return setBigDecimal(firstIndexOf(name), value);
  }

  /** See {@link #setBigInteger(int, BigInteger)}. */
  default S setBigInteger(String name, BigInteger value) {
    return setBigInteger(firstIndexOf(name), value);
  }

  /** See {@link #setByteBuffer(int, ByteBuffer)}. */
  default S setByteBuffer(String name, ByteBuffer value) {
    return setByteBuffer(firstIndexOf(name), value);
  }

  /** See {@link #setInetAddress(int, InetAddress)}. */
  default S setInetAddress(String name, InetAddress value) {
    return setInetAddress(firstIndexOf(name), value);
  }

  /** See {@link #setCqlDuration(int, CqlDuration)}. */
  default S setCqlDuration(String name, CqlDuration value) {
    return setCqlDuration(firstIndexOf(name), value);
  }

  /** See {@link #setTupleValue(int, TupleValue)}. */
  default S setTupleValue(String name, TupleValue value) {
    return setTupleValue(firstIndexOf(name), value);
  }

  /** See {@link #setUdtValue(int, UdtValue)}. */
  default S setUdtValue(String name, UdtValue value) {
    return setUdtValue(firstIndexOf(name), value);
  }

  /** See {@link #setList(int, List, Class)}. */
  default <E> S setList(String name, List<E> value, Class<E> elementClass) {
    return setList(firstIndexOf(name), value, elementClass);
  }

  /** See {@link #setSet(int, Set, Class)}. */
  default <E> S setSet(String name, Set<E> value, Class<E> elementClass) {
    return setSet(firstIndexOf(name), value, elementClass);
  }

  /** See {@link #setMap(int, Map, Class, Class)}. */
  default <K, V> S setMap(String name, Map<K, V> value, Class<K> keyClass, Class<V> valueClass) {
    return setMap(firstIndexOf(name), value, keyClass, valueClass);
  }

  /** See {@link #setVector(int, CqlVector, Class)}. */
  default <E> S setVector(String name, CqlVector<E> value, Class<E> elementClass) {
    return setVector(firstIndexOf(name), value, elementClass);
  }
}
