package io.sibyl.driver.type.codec;

import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.GenericType;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * A codec that maps a Java type of yours onto one that an existing codec already handles, so you
 * only write the conversion. For example, a {@code Money} stored as {@code decimal}:
 *
 * <pre>{@code
 * class MoneyCodec extends MappingCodec<BigDecimal, Money> {
 *   MoneyCodec() {
 *     super(CodecRegistry.DEFAULT.codecFor(DataTypes.DECIMAL, BigDecimal.class),
 *         GenericType.of(Money.class));
 *   }
 *   protected Money innerToOuter(BigDecimal value) { return new Money(value); }
 *   protected BigDecimal outerToInner(Money value) { return value.amount(); }
 * }
 * CodecRegistry registry = CodecRegistry.DEFAULT.withCodecs(new MoneyCodec());
 * }</pre>
 *
 * <p>Nulls never reach the two conversion methods.
 *
 * @param <I> the inner Java type, handled by the inner codec
 * @param <O> the outer Java type, exposed by this codec
 */
public abstract class MappingCodec<I, O> implements TypeCodec<O> {
  /** The codec that does the actual work. */
  protected final TypeCodec<I> innerCodec;

  private final GenericType<O> outerJavaType;

  /** Creates a codec of {@code outerJavaType} on top of {@code innerCodec}. */
  protected MappingCodec(TypeCodec<I> innerCodec, GenericType<O> outerJavaType) {
    this.innerCodec = Objects.requireNonNull(innerCodec, "innerCodec");
    this.outerJavaType = Objects.requireNonNull(outerJavaType, "outerJavaType");
  }

  /** Converts a non-null value read by the inner codec. */
  protected abstract O innerToOuter(I value);

  /** Converts a non-null value to write with the inner codec. */
  protected abstract I outerToInner(O value);

  @Override
  public DataType cqlType() {
    return innerCodec.cqlType();
  }

  @Override
  public GenericType<O> javaType() {
    return outerJavaType;
  }

  @Override
  public boolean accepts(DataType cqlType) {
    return innerCodec.accepts(cqlType);
  }

  @Override
  public ByteBuffer encode(O value) {
    return value == null ? null : innerCodec.encode(outerToInner(value));
  }

  @Override
  public O decode(ByteBuffer bytes) {
    I inner = innerCodec.decode(bytes);
    return inner == null ? null : innerToOuter(inner);
  }

  @Override
  public String format(O value) {
    return value == null ? "NULL" : innerCodec.format(outerToInner(value));
  }

  @Override
  public O parse(String literal) {
    I inner = innerCodec.parse(literal);
    return inner == null ? null : innerToOuter(inner);
  }
}
