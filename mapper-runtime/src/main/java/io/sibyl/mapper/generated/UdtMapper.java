package io.sibyl.mapper.generated;

import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.UdtValue;
import java.util.List;

/**
 * Converts between a {@code @Udt} Java type and the driver's {@link UdtValue}. Implemented by the
 * generated {@code AddressUdt} (its {@code INSTANCE}). Fields are addressed by name, so the
 * server's field order does not matter.
 *
 * @param <T> the Java type
 */
public interface UdtMapper<T> {

  /** The type name as stored by Cassandra (unquoted). */
  String name();

  /** The Java type. */
  GenericType<T> javaType();

  /** The UDTs that this one's fields use, directly. */
  List<UdtMapper<?>> dependencies();

  /** {@code CREATE TYPE IF NOT EXISTS} for this type, qualified when {@code keyspace} is set. */
  String createTypeCql(String keyspace);

  /** Sets the fields of {@code target} (a fresh value of the column's type) from {@code value}. */
  UdtValue toUdtValue(T value, UdtValue target);

  /** The Java value of a UDT value. */
  T fromUdtValue(UdtValue value);
}
