package io.sibyl.driver.internal.codec;

import io.sibyl.driver.error.CodecException;
import io.sibyl.driver.type.CqlVector;
import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.VectorType;
import io.sibyl.driver.type.codec.TypeCodec;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * {@code vector<E, n>} as {@link CqlVector}. Fixed-size elements are packed back to back; others
 * are each preceded by an {@code [unsigned vint]} length (see {@link VectorLayout}). The number of
 * elements is not on the wire: it is the type's.
 *
 * @param <E> the Java element type
 */
public final class VectorCodec<E> implements TypeCodec<CqlVector<E>> {
  private final VectorType cqlType;
  private final TypeCodec<E> elementCodec;
  private final GenericType<CqlVector<E>> javaType;
  private final int elementLength;

  /** A codec of vectors whose elements use {@code elementCodec}. */
  public VectorCodec(VectorType cqlType, TypeCodec<E> elementCodec) {
    this.cqlType = cqlType;
    this.elementCodec = elementCodec;
    this.javaType = GenericType.vectorOf(elementCodec.javaType());
    this.elementLength = VectorLayout.fixedLength(cqlType.elementType());
  }

  @Override
  public DataType cqlType() {
    return cqlType;
  }

  @Override
  public GenericType<CqlVector<E>> javaType() {
    return javaType;
  }

  @Override
  public boolean accepts(Object value) {
    if (!(value instanceof CqlVector<?> vector)) {
      return value == null;
    }
    return vector.size() == cqlType.dimensions()
        && (vector.isEmpty() || elementCodec.accepts(vector.get(0)));
  }

  @Override
  public ByteBuffer encode(CqlVector<E> value) {
    if (value == null) {
      return null;
    }
    checkDimensions(cqlType, value.size());
    ByteBuffer[] elements = new ByteBuffer[value.size()];
    int size = 0;
    for (int i = 0; i < elements.length; i++) {
      elements[i] =
          CollectionLayout.encodeElement(elementCodec, value.get(i), cqlType, "element", i);
      int length = elements[i].remaining();
      if (elementLength >= 0 && length != elementLength) {
        throw CodecException.wrongSize(cqlType.elementType(), elementLength, length);
      }
      size += elementLength >= 0 ? length : VInts.unsignedSize(length) + length;
    }
    ByteBuffer bytes = ByteBuffer.allocate(size);
    for (ByteBuffer element : elements) {
      if (elementLength < 0) {
        VInts.writeUnsigned(bytes, element.remaining());
      }
      bytes.put(element.duplicate());
    }
    return bytes.flip();
  }

  @Override
  public CqlVector<E> decode(ByteBuffer bytes) {
    if (bytes == null || !bytes.hasRemaining()) {
      return null;
    }
    int dimensions = cqlType.dimensions();
    if (elementLength >= 0) {
      Buffers.checkSize(cqlType, elementLength * dimensions, bytes);
    }
    ByteCursor cursor = new ByteCursor(bytes, cqlType);
    List<E> elements = new ArrayList<>(dimensions);
    for (int i = 0; i < dimensions; i++) {
      long length = elementLength >= 0 ? elementLength : cursor.readUnsignedVInt();
      if (length > Integer.MAX_VALUE) {
        throw new CodecException("Invalid " + cqlType.asCql() + " value: element too long");
      }
      elements.add(elementCodec.decode(cursor.window((int) length)));
    }
    cursor.expectEnd();
    return CqlVector.copyOf(elements);
  }

  static void checkDimensions(VectorType type, int size) {
    if (size != type.dimensions()) {
      throw new CodecException(
          "Cannot encode a "
              + type.asCql()
              + ": it needs exactly "
              + type.dimensions()
              + " elements but the value has "
              + size);
    }
  }

  @Override
  public String format(CqlVector<E> value) {
    if (value == null) {
      return "NULL";
    }
    StringJoiner joiner = new StringJoiner(", ", "[", "]");
    for (E element : value) {
      joiner.add(elementCodec.format(element));
    }
    return joiner.toString();
  }

  @Override
  public CqlVector<E> parse(String literal) {
    if (Literals.isNull(literal)) {
      return null;
    }
    List<E> elements = new ArrayList<>();
    for (String element :
        Literals.split(
            Literals.unwrap(literal, '[', ']', cqlType), ',', Integer.MAX_VALUE, cqlType)) {
      elements.add(elementCodec.parse(element));
    }
    if (elements.size() != cqlType.dimensions()) {
      throw Literals.invalid(
          cqlType, literal, "it has " + elements.size() + " elements for " + cqlType.dimensions());
    }
    return CqlVector.copyOf(elements);
  }
}
