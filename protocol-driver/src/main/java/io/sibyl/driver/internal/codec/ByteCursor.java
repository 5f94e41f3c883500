package io.sibyl.driver.internal.codec;

import io.sibyl.driver.error.CodecException;
import io.sibyl.driver.type.DataType;
import java.nio.ByteBuffer;

/**
 * Reads a serialized composite value (collection, tuple, UDT, vector, duration) from a buffer
 * without moving the buffer's position. Element values are returned as windows over one shared
 * view, valid only until the next read: element codecs decode them at once and keep no reference.
 */
final class ByteCursor {
  private final ByteBuffer view;
  private final DataType type;
  private final int end;
  private int offset;

  ByteCursor(ByteBuffer bytes, DataType type) {
    this.view = bytes.duplicate();
    this.type = type;
    this.offset = bytes.position();
    this.end = bytes.limit();
  }

  int remaining() {
    return end - offset;
  }

  int readInt() {
    require(4);
    int value = view.getInt(offset);
    offset += 4;
    return value;
  }

  /** Reads a protocol {@code [unsigned vint]}. */
  long readUnsignedVInt() {
    require(1);
    int first = view.get(offset) & 0xFF;
    int extraBytes = Integer.numberOfLeadingZeros(~(first << 24));
    require(1 + extraBytes);
    long value = first & (0xFF >> extraBytes);
    for (int i = 1; i <= extraBytes; i++) {
      value = (value << 8) | (view.get(offset + i) & 0xFF);
    }
    offset += 1 + extraBytes;
    return value;
  }

  /** Reads a protocol {@code [vint]} (zig-zag encoded). */
  long readVInt() {
    long zigZag = readUnsignedVInt();
    return (zigZag >>> 1) ^ -(zigZag & 1);
  }

  /** Reads a {@code [bytes]}: an int length, then that many bytes; null for a negative length. */
  ByteBuffer readValue() {
    int length = readInt();
    if (length < 0) {
      if (length != -1) {
        throw new CodecException(
            "Invalid " + type.asCql() + " value: element length " + length + " is not allowed");
      }
      return null;
    }
    return window(length);
  }

  /** Returns the next {@code length} bytes as a window over the shared view. */
  ByteBuffer window(int length) {
    require(length);
    view.limit(end);
    view.position(offset);
    view.limit(offset + length);
    offset += length;
    return view;
  }

  /** Fails if bytes remain after the value. */
  void expectEnd() {
    if (offset != end) {
      throw new CodecException(
          "Invalid "
              + type.asCql()
              + " value: "
              + (end - offset)
              + " bytes left over after the last element. The bytes do not match the type.");
    }
  }

  private void require(int count) {
    view.limit(end); // undo the last window, so absolute reads up to the end are allowed
    if (count < 0 || end - offset < count) {
      throw new CodecException(
          "Invalid "
              + type.asCql()
              + " value: truncated (needed "
              + count
              + " more bytes, "
              + (end - offset)
              + " left). The bytes do not match the type.");
    }
  }
}
