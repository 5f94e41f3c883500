package io.sibyl.driver.internal.codec;

import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.codec.TypeCodec;
import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * {@code Optional<T>} over the codec of {@code T}: an empty optional is a CQL null and the reverse.
 * A null collection decodes to an empty optional rather than an empty collection.
 *
 * @param <T> the wrapped Java type
 */
public final class OptionalCodec<T> implements TypeCodec<Optional<T>> {
  private final TypeCodec<T> innerCodec;
  private final GenericType<Optional<T>> javaType;

  /** Wraps {@code innerCodec}. */
  public OptionalCodec(TypeCodec<T> innerCodec) {
    this.innerCodec = innerCodec;
    this.javaType = GenericType.optionalOf(innerCodec.javaType());
  }

  @Override
  public DataType cqlType() {
    return innerCodec.cqlType();
  }

  @Override
  public GenericType<Optional<T>> javaType() {
    return javaType;
  }

  @Override
  public boolean accepts(DataType cqlType) {
    return innerCodec.accepts(cqlType);
  }

  @Override
  public boolean accepts(Object value) {
    return value == null
        || value instanceof Optional<?> optional
            && (optional.isEmpty() || innerCodec.accepts(optional.get()));
  }

  @Override
  public ByteBuffer encode(Optional<T> value) {
    return value == null || value.isEmpty() ? null : innerCodec.encode(value.get());
  }

  @Override
  public Optional<T> decode(ByteBuffer bytes) {
    return bytes == null ? Optional.empty() : Optional.ofNullable(innerCodec.decode(bytes));
  }

  @Override
  public String format(Optional<T> value) {
    return value == null || value.isEmpty() ? "NULL" : innerCodec.format(value.get());
  }

  @Override
  public Optional<T> parse(String literal) {
    return Optional.ofNullable(innerCodec.parse(literal));
  }
}
