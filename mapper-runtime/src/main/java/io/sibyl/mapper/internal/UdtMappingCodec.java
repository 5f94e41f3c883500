package io.sibyl.mapper.internal;

import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.UdtValue;
import io.sibyl.driver.type.UserDefinedType;
import io.sibyl.driver.type.codec.CodecRegistry;
import io.sibyl.driver.type.codec.TypeCodec;
import io.sibyl.mapper.generated.UdtMapper;
import java.nio.ByteBuffer;

/**
 * A codec between one concrete user-defined type (as the server describes it) and a {@code @Udt}
 * Java type, through the generated {@link UdtMapper}. The registry it encodes nested values with is
 * set once, after the registry that holds this codec is built.
 */
final class UdtMappingCodec<T> implements TypeCodec<T> {

  private final UserDefinedType cqlType;
  private final UdtMapper<T> mapper;
  private CodecRegistry registry;
  private TypeCodec<UdtValue> inner;

  UdtMappingCodec(UserDefinedType cqlType, UdtMapper<T> mapper) {
    this.cqlType = cqlType;
    this.mapper = mapper;
  }

  /** Completes the codec with the registry that contains it (and the codecs of nested UDTs). */
  void attach(CodecRegistry registry) {
    this.registry = registry;
    this.inner = registry.codecFor(cqlType, UdtValue.class);
  }

  @Override
  public DataType cqlType() {
    return cqlType;
  }

  @Override
  public GenericType<T> javaType() {
    return mapper.javaType();
  }

  @Override
  public boolean accepts(DataType type) {
    return cqlType.equals(type);
  }

  @Override
  public ByteBuffer encode(T value) {
    return value == null ? null : inner.encode(toUdtValue(value));
  }

  @Override
  public T decode(ByteBuffer bytes) {
    UdtValue value = inner.decode(bytes);
    return value == null ? null : mapper.fromUdtValue(value);
  }

  @Override
  public String format(T value) {
    return value == null ? "NULL" : inner.format(toUdtValue(value));
  }

  private UdtValue toUdtValue(T value) {
    return mapper.toUdtValue(value, new UdtValue(cqlType, registry));
  }

  @Override
  public String toString() {
    return "UdtMappingCodec[" + cqlType.asCql() + " <-> " + mapper.javaType() + "]";
  }
}
