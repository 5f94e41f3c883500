package io.sibyl.driver.internal.codec;

import io.sibyl.driver.error.CodecException;
import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.codec.TypeCodec;
import java.nio.ByteBuffer;

/**
 * The layout shared by {@code list}, {@code set} and {@code map}: an int count, then each element
 * (each key and value for maps) as {@code [bytes]}.
 */
final class CollectionLayout {
  private CollectionLayout() {}

  /** Encodes one element, refusing nulls: Cassandra collections cannot hold them. */
  static <E> ByteBuffer encodeElement(
      TypeCodec<E> codec, E element, DataType collectionType, String role, int index) {
    if (element == null) {
      throw nullElement(collectionType, role, index);
    }
    ByteBuffer encoded = codec.encode(element);
    if (encoded == null) {
      throw nullElement(collectionType, role, index);
    }
    return encoded;
  }

  private static CodecException nullElement(DataType collectionType, String role, int index) {
    return new CodecException(
        "Cannot encode a "
            + collectionType.asCql()
            + ": its "
            + role
            + " at position "
            + index
            + " is null, and Cassandra collections cannot contain nulls. Remove the null"
            + " (or use an empty value) before binding.");
  }

  /** Writes the count and the encoded elements, in order, into one new buffer. */
  static ByteBuffer write(int count, ByteBuffer[] elements) {
    int size = 4;
    for (ByteBuffer element : elements) {
      size += 4 + element.remaining();
    }
    ByteBuffer bytes = ByteBuffer.allocate(size);
    bytes.putInt(count);
    for (ByteBuffer element : elements) {
      bytes.putInt(element.remaining());
      bytes.put(element.duplicate());
    }
    return bytes.flip();
  }

  /** Reads the element count, refusing negative or impossible ones. */
  static int readCount(ByteCursor cursor, DataType type, int bytesPerElementAtLeast) {
    int count = cursor.readInt();
    if (count < 0 || (long) count * bytesPerElementAtLeast > cursor.remaining()) {
      throw new CodecException(
          "Invalid "
              + type.asCql()
              + " value: it announces "
              + count
              + " elements but only "
              + cursor.remaining()
              + " bytes follow. The bytes do not match the type.");
    }
    return count;
  }

  /** Appends a formatted element, or NULL. */
  static <E> String formatElement(TypeCodec<E> codec, E element) {
    return element == null ? "NULL" : codec.format(element);
  }
}
