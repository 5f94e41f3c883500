package io.sibyl.driver.internal.codec;

import io.sibyl.driver.type.SettableByIndex;
import io.sibyl.driver.type.codec.TypeCodec;
import java.nio.ByteBuffer;

/**
 * The layout shared by tuples and UDTs: one {@code [bytes]} per component or field, in order, with
 * length -1 for null. Decoding accepts fewer values than the type has (the rest stay null), which
 * is how a UDT value written before fields were added looks.
 */
final class Structures {
  private Structures() {}

  static ByteBuffer encode(SettableByIndex<?> value) {
    int size = 0;
    for (int i = 0; i < value.size(); i++) {
      ByteBuffer field = value.getBytesUnsafe(i);
      size += 4 + (field == null ? 0 : field.remaining());
    }
    ByteBuffer bytes = ByteBuffer.allocate(size);
    for (int i = 0; i < value.size(); i++) {
      ByteBuffer field = value.getBytesUnsafe(i);
      if (field == null) {
        bytes.putInt(-1);
      } else {
        bytes.putInt(field.remaining());
        bytes.put(field.duplicate());
      }
    }
    return bytes.flip();
  }

  /** Formats one serialized field; NULL when absent (not an empty collection). */
  static String formatField(TypeCodec<Object> codec, ByteBuffer bytes) {
    return bytes == null ? "NULL" : codec.format(codec.decode(bytes));
  }

  static <S extends SettableByIndex<S>> S decodeInto(
      ByteBuffer bytes, S target, ByteCursor cursor) {
    for (int i = 0; i < target.size() && cursor.remaining() > 0; i++) {
      ByteBuffer field = cursor.readValue();
      target.setBytesUnsafe(i, field == null ? null : Buffers.copy(field));
    }
    cursor.expectEnd();
    return target;
  }
}
