package io.sibyl.driver.internal.codec;

import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.VectorType;
import io.sibyl.driver.type.codec.TypeCodec;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.StringJoiner;

/**
 * {@code vector<float, n>} as {@code float[]}, without boxing: n IEEE 754 floats back to back. This
 * is the fast path for embeddings.
 */
public final class FloatArrayVectorCodec implements TypeCodec<float[]> {
  private final VectorType cqlType;

  /**
   * A codec for the given vector type.
   *
   * @throws IllegalArgumentException if its elements are not {@code float}
   */
  public FloatArrayVectorCodec(VectorType cqlType) {
    if (!cqlType.elementType().equals(DataTypes.FLOAT)) {
      throw new IllegalArgumentException("float[] maps vector<float, n> only, not " + cqlType);
    }
    this.cqlType = cqlType;
  }

  @Override
  public DataType cqlType() {
    return cqlType;
  }

  @Override
  public GenericType<float[]> javaType() {
    return GenericType.FLOAT_ARRAY;
  }

  @Override
  public boolean accepts(Object value) {
    return value == null || value instanceof float[] array && array.length == cqlType.dimensions();
  }

  @Override
  public ByteBuffer encode(float[] value) {
    if (value == null) {
      return null;
    }
    VectorCodec.checkDimensions(cqlType, value.length);
    ByteBuffer bytes = ByteBuffer.allocate(4 * value.length);
    bytes.asFloatBuffer().put(value);
    return bytes;
  }

  @Override
  public float[] decode(ByteBuffer bytes) {
    if (bytes == null || !bytes.hasRemaining()) {
      return null;
    }
    Buffers.checkSize(cqlType, 4 * cqlType.dimensions(), bytes);
    float[] value = new float[cqlType.dimensions()];
    bytes.duplicate().asFloatBuffer().get(value);
    return value;
  }

  @Override
  public String format(float[] value) {
    if (value == null) {
      return "NULL";
    }
    StringJoiner joiner = new StringJoiner(", ", "[", "]");
    for (float element : value) {
      joiner.add(Float.toString(element));
    }
    return joiner.toString();
  }

  @Override
  public float[] parse(String literal) {
    if (Literals.isNull(literal)) {
      return null;
    }
    List<String> parts =
        Literals.split(
            Literals.unwrap(literal, '[', ']', cqlType), ',', Integer.MAX_VALUE, cqlType);
    if (parts.size() != cqlType.dimensions()) {
      throw Literals.invalid(
          cqlType, literal, "it has " + parts.size() + " elements for " + cqlType.dimensions());
    }
    float[] value = new float[parts.size()];
    for (int i = 0; i < value.length; i++) {
      Float element = FloatCodec.INSTANCE.parse(parts.get(i));
      if (element == null) {
        throw Literals.invalid(cqlType, literal, "a vector cannot contain NULL");
      }
      value[i] = element;
    }
    return value;
  }
}
