package io.sibyl.driver.internal.protocol;

import io.netty.buffer.ByteBuf;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The values bound to a statement's variables, serialized into one shared {@code byte[]} in the
 * wire format of a [value] ({@code [int length][bytes]}), so that binding a value allocates no
 * buffer of its own and encoding copies each value straight into the frame.
 *
 * <p>Values are only ever appended: setting a variable again writes its new bytes after the last
 * ones and points the variable at them, and the bytes already written are never changed. When the
 * array is full, the live values are copied into a new, larger array (so a statement bound again
 * and again does not grow without bound). A variable never set is "unset"; one set to null has no
 * bytes.
 *
 * <p>Not thread-safe while values are set (like the statement that owns it). Once a request is
 * sent, the request reads the values from the thread that encodes it: the owner must not change
 * them until that request is written (the same rule as before, when the request shared the array of
 * buffers).
 */
public final class BoundValues {
  private static final int UNSET = -1;
  private static final int NULL = -2;
  private static final int MIN_CAPACITY = 16;

  /**
   * The most bytes a {@link SizeHint} remembers, so that one large value does not size them all.
   */
  static final int MAX_HINT = 1024;

  private final int[] offsets;
  private final SizeHint hint;
  private byte[] data;
  private int used;

  /**
   * The size a statement's values usually take, shared by the statements bound from one prepared
   * statement so that they start with an array that fits. A hint only: read and written without
   * synchronization (an int is never torn, and a stale size only costs one more copy).
   */
  public static final class SizeHint {
    private int bytes;

    /** A hint that knows nothing yet. */
    public SizeHint() {}

    int bytes() {
      return bytes;
    }

    void record(int size) {
      int capped = Math.min(size, MAX_HINT);
      if (capped > bytes) {
        bytes = capped;
      }
    }
  }

  /**
   * Values for {@code count} variables, all unset.
   *
   * @param hint the prepared statement's size hint, or null
   */
  public BoundValues(int count, SizeHint hint) {
    this.offsets = new int[count];
    Arrays.fill(offsets, UNSET);
    this.hint = hint;
    int hinted = hint == null ? 0 : hint.bytes();
    this.data = new byte[Math.max(MIN_CAPACITY, hinted > 0 ? hinted : count * 12)];
  }

  private BoundValues(int[] offsets, SizeHint hint, byte[] data, int used) {
    this.offsets = offsets;
    this.hint = hint;
    this.data = data;
    this.used = used;
  }

  /** The number of variables. */
  public int count() {
    return offsets.length;
  }

  /** Whether the variable at {@code i} was set (to a value or to null). */
  public boolean isSet(int i) {
    return offsets[i] != UNSET;
  }

  /** Whether the variable at {@code i} is set to null. */
  public boolean isNull(int i) {
    return offsets[i] == NULL;
  }

  /**
   * The value at {@code i} as a new read-only buffer (position 0, limit its length), null for a
   * null value, or {@link Primitives#UNSET} for an unset one.
   */
  public ByteBuffer get(int i) {
    int offset = offsets[i];
    if (offset == UNSET) {
      return Primitives.UNSET;
    }
    if (offset == NULL) {
      return null;
    }
    return ByteBuffer.wrap(data, offset + 4, length(offset)).slice().asReadOnlyBuffer();
  }

  /**
   * The value at {@code i} as a buffer over this store's own array (no copy, position 0), or null
   * when it is null or unset. For the driver's own reads (routing, hashing) only: never handed to
   * users, never written to.
   */
  public ByteBuffer view(int i) {
    int offset = offsets[i];
    return offset < 0 ? null : ByteBuffer.wrap(data, offset + 4, length(offset)).slice();
  }

  /** Sets the variable at {@code i} to null. */
  public void setNull(int i) {
    offsets[i] = NULL;
  }

  /** Leaves the variable at {@code i} unset. */
  public void unset(int i) {
    offsets[i] = UNSET;
  }

  /** Sets a 4-byte {@code int} value. */
  public void setInt(int i, int value) {
    int at = reserve(i, 4);
    writeInt(data, at, value);
  }

  /** Sets an 8-byte {@code long} value. */
  public void setLong(int i, long value) {
    int at = reserve(i, 8);
    writeLong(data, at, value);
  }

  /** Sets a 16-byte value made of two {@code long}s, most significant first (a UUID). */
  public void setLongPair(int i, long most, long least) {
    int at = reserve(i, 16);
    writeLong(data, at, most);
    writeLong(data, at + 8, least);
  }

  /** Sets a String encoded in UTF-8 (a lone surrogate becomes {@code '?'}, as in the JDK). */
  public void setUtf8(int i, String value) {
    int length = Utf8.encodedLength(value);
    int at = reserve(i, length);
    Utf8.encode(value, data, at);
  }

  /**
   * Sets the remaining bytes of a buffer (copied; the buffer's position is not moved), or null for
   * a null value, or {@link Primitives#UNSET} to leave the variable unset.
   */
  public void setBytes(int i, ByteBuffer value) {
    if (value == null) {
      setNull(i);
    } else if (value == Primitives.UNSET) {
      unset(i);
    } else {
      int length = value.remaining();
      int at = reserve(i, length);
      value.duplicate().get(data, at, length);
    }
  }

  /**
   * Tells the size hint how many bytes these values took, so that the next statements bound from
   * the same prepared statement start with room for them (called when the statement is sent).
   */
  public void recordSize() {
    if (hint != null) {
      hint.record(used);
    }
  }

  /** An independent copy: setting values in one does not change the other. */
  public BoundValues copy() {
    return new BoundValues(offsets.clone(), hint, Arrays.copyOf(data, data.length), used);
  }

  /**
   * The values as one buffer each: null, {@link Primitives#UNSET}, or a buffer over this store's
   * own array whose position and limit frame the value (one object, no copy). For the driver's own
   * reads (batch messages, statement hashes) only: never handed to users, never written to.
   */
  public ByteBuffer[] toArray() {
    ByteBuffer[] values = new ByteBuffer[offsets.length];
    for (int i = 0; i < values.length; i++) {
      int offset = offsets[i];
      if (offset == UNSET) {
        values[i] = Primitives.UNSET;
      } else if (offset >= 0) {
        values[i] = ByteBuffer.wrap(data, offset + 4, length(offset));
      }
    }
    return values;
  }

  /** The encoded size of the [value] at {@code i}: 4, plus its length when it has bytes. */
  public int encodedSize(int i) {
    int offset = offsets[i];
    return offset < 0 ? 4 : 4 + length(offset);
  }

  /** The encoded size of all the values, as {@link #writeTo} writes them. */
  public int encodedSize() {
    int size = 0;
    for (int i = 0; i < offsets.length; i++) {
      size += encodedSize(i);
    }
    return size;
  }

  /** Writes the [value] at {@code i}: its length (-1 null, -2 unset) and its bytes. */
  public void writeTo(ByteBuf out, int i) {
    int offset = offsets[i];
    if (offset == UNSET) {
      out.writeInt(-2);
    } else if (offset == NULL) {
      out.writeInt(-1);
    } else {
      out.writeBytes(data, offset, 4 + length(offset));
    }
  }

  /** Writes every value in order, as a sequence of [value]. */
  public void writeTo(ByteBuf out) {
    for (int i = 0; i < offsets.length; i++) {
      writeTo(out, i);
    }
  }

  /** The size of the array the values are written in (for tests). */
  int capacity() {
    return data.length;
  }

  @Override
  public String toString() {
    return "BoundValues[" + offsets.length + " variables]";
  }

  private int length(int offset) {
    return readInt(data, offset);
  }

  /**
   * Makes room for a value of {@code length} bytes for variable {@code i}, writes its length and
   * points the variable at it.
   *
   * @return where the value's bytes go
   */
  private int reserve(int i, int length) {
    if (i < 0 || i >= offsets.length) {
      throw new IndexOutOfBoundsException(i);
    }
    int needed = 4 + length;
    if (data.length - used < needed) {
      grow(i, needed);
    }
    int offset = used;
    writeInt(data, offset, length);
    used = offset + needed;
    offsets[i] = offset;
    return offset + 4;
  }

  /** Moves the live values (but the one being replaced) to a new array with room for more. */
  private void grow(int replaced, int needed) {
    int live = 0;
    for (int j = 0; j < offsets.length; j++) {
      if (j != replaced && offsets[j] >= 0) {
        live += 4 + length(offsets[j]);
      }
    }
    // twice what is live: room for as much again before the next copy, never more
    long wanted = Math.max(MIN_CAPACITY, 2 * ((long) live + needed));
    byte[] moved = new byte[(int) Math.min(Integer.MAX_VALUE - 8, wanted)];
    int at = 0;
    for (int j = 0; j < offsets.length; j++) {
      if (j != replaced && offsets[j] >= 0) {
        int size = 4 + length(offsets[j]);
        System.arraycopy(data, offsets[j], moved, at, size);
        offsets[j] = at;
        at += size;
      }
    }
    if (replaced >= 0 && offsets[replaced] >= 0) {
      offsets[replaced] = UNSET; // pointed into the old array; reserve points it anew
    }
    data = moved;
    used = at;
    if (hint != null) {
      hint.record(live + needed);
    }
  }

  private static void writeInt(byte[] to, int at, int value) {
    to[at] = (byte) (value >>> 24);
    to[at + 1] = (byte) (value >>> 16);
    to[at + 2] = (byte) (value >>> 8);
    to[at + 3] = (byte) value;
  }

  private static void writeLong(byte[] to, int at, long value) {
    writeInt(to, at, (int) (value >>> 32));
    writeInt(to, at + 4, (int) value);
  }

  private static int readInt(byte[] from, int at) {
    return (from[at] & 0xFF) << 24
        | (from[at + 1] & 0xFF) << 16
        | (from[at + 2] & 0xFF) << 8
        | (from[at + 3] & 0xFF);
  }
}
