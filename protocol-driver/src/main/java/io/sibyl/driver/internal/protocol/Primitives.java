package io.sibyl.driver.internal.protocol;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads, writes and sizes the notations of the spec's section 3 ({@code [int]}, {@code [string]},
 * {@code [bytes]}...). All values are big-endian. Readers advance the buffer's reader index and
 * return owned values (never a view of the buffer); writers advance the writer index.
 *
 * <p>Readers throw {@link IndexOutOfBoundsException} on truncated input and {@link
 * IllegalArgumentException} on values the spec forbids; {@link FrameCodec} turns both into a {@link
 * io.sibyl.driver.error.ProtocolException}.
 */
public final class Primitives {
  private Primitives() {}

  /**
   * The {@code [value]} that means "not set" (length -2). Compared by identity: pass this very
   * instance, not a copy or a duplicate.
   */
  public static final ByteBuffer UNSET = ByteBuffer.allocate(0).asReadOnlyBuffer();

  private static final int MAX_UNSIGNED_SHORT = 0xFFFF;

  // ---- [byte], [short], [int], [long] ------------------------------------------------------

  /** Reads a [byte], unsigned. */
  public static int readByte(ByteBuf in) {
    return in.readUnsignedByte();
  }

  /** Writes a [byte] (0..255). */
  public static void writeByte(ByteBuf out, int value) {
    if (value < 0 || value > 0xFF) {
      throw new IllegalArgumentException("Not a [byte]: " + value);
    }
    out.writeByte(value);
  }

  /** Reads a [short], unsigned. */
  public static int readShort(ByteBuf in) {
    return in.readUnsignedShort();
  }

  /** Writes a [short] (0..65535). */
  public static void writeShort(ByteBuf out, int value) {
    if (value < 0 || value > MAX_UNSIGNED_SHORT) {
      throw new IllegalArgumentException("Not a [short] (0..65535): " + value);
    }
    out.writeShort(value);
  }

  /** Reads an [int]. */
  public static int readInt(ByteBuf in) {
    return in.readInt();
  }

  /** Writes an [int]. */
  public static void writeInt(ByteBuf out, int value) {
    out.writeInt(value);
  }

  /** Reads a [long]. */
  public static long readLong(ByteBuf in) {
    return in.readLong();
  }

  /** Writes a [long]. */
  public static void writeLong(ByteBuf out, long value) {
    out.writeLong(value);
  }

  // ---- [string], [long string], [string list] -----------------------------------------------

  /** Reads a [string]. */
  public static String readString(ByteBuf in) {
    return readUtf8(in, in.readUnsignedShort());
  }

  /** Writes a [string]. */
  public static void writeString(ByteBuf out, String value) {
    int length = ByteBufUtil.utf8Bytes(value);
    if (length > MAX_UNSIGNED_SHORT) {
      throw new IllegalArgumentException(
          "A [string] holds at most 65535 UTF-8 bytes, got " + length + " bytes");
    }
    out.writeShort(length);
    ByteBufUtil.reserveAndWriteUtf8(out, value, length);
  }

  /** The size of a [string]. */
  public static int sizeOfString(String value) {
    return 2 + ByteBufUtil.utf8Bytes(value);
  }

  /** Reads a [long string]. */
  public static String readLongString(ByteBuf in) {
    int length = in.readInt();
    if (length < 0) {
      throw new IllegalArgumentException("Negative [long string] length: " + length);
    }
    return readUtf8(in, length);
  }

  /** Writes a [long string]. */
  public static void writeLongString(ByteBuf out, String value) {
    int length = ByteBufUtil.utf8Bytes(value);
    out.writeInt(length);
    ByteBufUtil.reserveAndWriteUtf8(out, value, length);
  }

  /** The size of a [long string]. */
  public static int sizeOfLongString(String value) {
    return 4 + ByteBufUtil.utf8Bytes(value);
  }

  private static String readUtf8(ByteBuf in, int length) {
    checkReadable(in, length, "string");
    String value = in.toString(in.readerIndex(), length, StandardCharsets.UTF_8);
    in.skipBytes(length);
    return value;
  }

  /** Reads a [string list]. */
  public static List<String> readStringList(ByteBuf in) {
    int count = in.readUnsignedShort();
    checkReadable(in, count * 2L, "string list");
    List<String> values = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      values.add(readString(in));
    }
    return Collections.unmodifiableList(values);
  }

  /** Writes a [string list]. */
  public static void writeStringList(ByteBuf out, List<String> values) {
    writeShort(out, values.size());
    for (String value : values) {
      writeString(out, value);
    }
  }

  /** The size of a [string list]. */
  public static int sizeOfStringList(List<String> values) {
    int size = 2;
    for (String value : values) {
      size += sizeOfString(value);
    }
    return size;
  }

  // ---- [uuid] -------------------------------------------------------------------------------

  /** The size of a [uuid]. */
  public static final int UUID_SIZE = 16;

  /** Reads a [uuid]. */
  public static UUID readUuid(ByteBuf in) {
    long most = in.readLong();
    long least = in.readLong();
    return new UUID(most, least);
  }

  /** Writes a [uuid]. */
  public static void writeUuid(ByteBuf out, UUID value) {
    out.writeLong(value.getMostSignificantBits());
    out.writeLong(value.getLeastSignificantBits());
  }

  // ---- [bytes], [value], [short bytes] -------------------------------------------------------

  /** Reads a [bytes] into a new heap buffer; null for a negative length. */
  public static ByteBuffer readBytes(ByteBuf in) {
    byte[] bytes = readBytesAsArray(in);
    return bytes == null ? null : ByteBuffer.wrap(bytes);
  }

  /** Reads a [bytes] into a new array; null for a negative length. */
  public static byte[] readBytesAsArray(ByteBuf in) {
    int length = in.readInt();
    if (length < 0) {
      return null;
    }
    return readArray(in, length);
  }

  /**
   * Writes a [bytes] from the remaining bytes of {@code value} (its position is left unchanged);
   * null is written as length -1.
   */
  public static void writeBytes(ByteBuf out, ByteBuffer value) {
    if (value == null) {
      out.writeInt(-1);
    } else {
      out.writeInt(value.remaining());
      writeRemaining(out, value);
    }
  }

  /** Writes a [bytes] from an array; null is written as length -1. */
  public static void writeBytes(ByteBuf out, byte[] value) {
    if (value == null) {
      out.writeInt(-1);
    } else {
      out.writeInt(value.length);
      out.writeBytes(value);
    }
  }

  /** The size of a [bytes]. */
  public static int sizeOfBytes(ByteBuffer value) {
    return 4 + (value == null ? 0 : value.remaining());
  }

  /** The size of a [bytes]. */
  public static int sizeOfBytes(byte[] value) {
    return 4 + (value == null ? 0 : value.length);
  }

  /** Reads a [value]: a new heap buffer, null (length -1) or {@link #UNSET} (length -2). */
  public static ByteBuffer readValue(ByteBuf in) {
    int length = in.readInt();
    if (length == -1) {
      return null;
    }
    if (length == -2) {
      return UNSET;
    }
    if (length < 0) {
      throw new IllegalArgumentException("Invalid [value] length: " + length);
    }
    return ByteBuffer.wrap(readArray(in, length));
  }

  /** Writes a [value]: null as length -1, {@link #UNSET} as length -2. */
  public static void writeValue(ByteBuf out, ByteBuffer value) {
    if (value == UNSET) {
      out.writeInt(-2);
    } else {
      writeBytes(out, value);
    }
  }

  /** The size of a [value]. */
  public static int sizeOfValue(ByteBuffer value) {
    return value == UNSET ? 4 : sizeOfBytes(value);
  }

  /** Reads a [short bytes] into a new array. */
  public static byte[] readShortBytes(ByteBuf in) {
    return readArray(in, in.readUnsignedShort());
  }

  /** Writes a [short bytes]. */
  public static void writeShortBytes(ByteBuf out, byte[] value) {
    writeShort(out, value.length);
    out.writeBytes(value);
  }

  /** The size of a [short bytes]. */
  public static int sizeOfShortBytes(byte[] value) {
    return 2 + value.length;
  }

  private static byte[] readArray(ByteBuf in, int length) {
    checkReadable(in, length, "bytes");
    byte[] bytes = new byte[length];
    in.readBytes(bytes);
    return bytes;
  }

  private static void writeRemaining(ByteBuf out, ByteBuffer value) {
    if (value.hasArray()) {
      out.writeBytes(value.array(), value.arrayOffset() + value.position(), value.remaining());
    } else {
      out.writeBytes(value.duplicate());
    }
  }

  // ---- [inet], [inetaddr], [consistency] ----------------------------------------------------

  /** Reads an [inet]: address bytes and port. */
  public static InetSocketAddress readInet(ByteBuf in) {
    InetAddress address = readInetAddr(in);
    int port = in.readInt();
    return new InetSocketAddress(address, port);
  }

  /** Writes an [inet]. */
  public static void writeInet(ByteBuf out, InetSocketAddress value) {
    writeInetAddr(out, value.getAddress());
    out.writeInt(value.getPort());
  }

  /** The size of an [inet]. */
  public static int sizeOfInet(InetSocketAddress value) {
    return sizeOfInetAddr(value.getAddress()) + 4;
  }

  /** Reads an [inetaddr]: one length byte (4 or 16), then the address bytes. */
  public static InetAddress readInetAddr(ByteBuf in) {
    int length = in.readUnsignedByte();
    if (length != 4 && length != 16) {
      throw new IllegalArgumentException("Invalid [inetaddr] length " + length + ", not 4 or 16");
    }
    byte[] bytes = readArray(in, length);
    try {
      return InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("Invalid [inetaddr]", e); // cannot happen with 4 or 16
    }
  }

  /** Writes an [inetaddr]. */
  public static void writeInetAddr(ByteBuf out, InetAddress value) {
    byte[] bytes = value.getAddress();
    out.writeByte(bytes.length);
    out.writeBytes(bytes);
  }

  /** The size of an [inetaddr]. */
  public static int sizeOfInetAddr(InetAddress value) {
    return 1 + value.getAddress().length;
  }

  /** Reads a [consistency] code (ANY 0x0000 ... LOCAL_ONE 0x000A). */
  public static int readConsistency(ByteBuf in) {
    return in.readUnsignedShort();
  }

  /** Writes a [consistency] code. */
  public static void writeConsistency(ByteBuf out, int consistency) {
    writeShort(out, consistency);
  }

  // ---- [string map], [string multimap], [bytes map] -----------------------------------------

  /** Reads a [string map], keeping the wire order. */
  public static Map<String, String> readStringMap(ByteBuf in) {
    int count = in.readUnsignedShort();
    checkReadable(in, count * 4L, "string map");
    Map<String, String> map = new LinkedHashMap<>(capacity(count));
    for (int i = 0; i < count; i++) {
      String key = readString(in);
      map.put(key, readString(in));
    }
    return Collections.unmodifiableMap(map);
  }

  /** Writes a [string map]. */
  public static void writeStringMap(ByteBuf out, Map<String, String> map) {
    writeShort(out, map.size());
    for (Map.Entry<String, String> entry : map.entrySet()) {
      writeString(out, entry.getKey());
      writeString(out, entry.getValue());
    }
  }

  /** The size of a [string map]. */
  public static int sizeOfStringMap(Map<String, String> map) {
    int size = 2;
    for (Map.Entry<String, String> entry : map.entrySet()) {
      size += sizeOfString(entry.getKey()) + sizeOfString(entry.getValue());
    }
    return size;
  }

  /** Reads a [string multimap], keeping the wire order. */
  public static Map<String, List<String>> readStringMultimap(ByteBuf in) {
    int count = in.readUnsignedShort();
    checkReadable(in, count * 4L, "string multimap");
    Map<String, List<String>> map = new LinkedHashMap<>(capacity(count));
    for (int i = 0; i < count; i++) {
      String key = readString(in);
      map.put(key, readStringList(in));
    }
    return Collections.unmodifiableMap(map);
  }

  /** Writes a [string multimap]. */
  public static void writeStringMultimap(ByteBuf out, Map<String, List<String>> map) {
    writeShort(out, map.size());
    for (Map.Entry<String, List<String>> entry : map.entrySet()) {
      writeString(out, entry.getKey());
      writeStringList(out, entry.getValue());
    }
  }

  /** The size of a [string multimap]. */
  public static int sizeOfStringMultimap(Map<String, List<String>> map) {
    int size = 2;
    for (Map.Entry<String, List<String>> entry : map.entrySet()) {
      size += sizeOfString(entry.getKey()) + sizeOfStringList(entry.getValue());
    }
    return size;
  }

  /** Reads a [bytes map], keeping the wire order; values are new heap buffers or null. */
  public static Map<String, ByteBuffer> readBytesMap(ByteBuf in) {
    int count = in.readUnsignedShort();
    checkReadable(in, count * 6L, "bytes map");
    Map<String, ByteBuffer> map = new LinkedHashMap<>(capacity(count));
    for (int i = 0; i < count; i++) {
      String key = readString(in);
      map.put(key, readBytes(in));
    }
    return Collections.unmodifiableMap(map);
  }

  /** Writes a [bytes map]. */
  public static void writeBytesMap(ByteBuf out, Map<String, ByteBuffer> map) {
    writeShort(out, map.size());
    for (Map.Entry<String, ByteBuffer> entry : map.entrySet()) {
      writeString(out, entry.getKey());
      writeBytes(out, entry.getValue());
    }
  }

  /** The size of a [bytes map]. */
  public static int sizeOfBytesMap(Map<String, ByteBuffer> map) {
    int size = 2;
    for (Map.Entry<String, ByteBuffer> entry : map.entrySet()) {
      size += sizeOfString(entry.getKey()) + sizeOfBytes(entry.getValue());
    }
    return size;
  }

  private static int capacity(int count) {
    return (int) (count / 0.75f) + 1;
  }

  // ---- [unsigned vint], [vint] --------------------------------------------------------------

  /**
   * Reads an [unsigned vint]: the count of leading 1 bits of the first byte is the number of extra
   * bytes; the remaining bits of the first byte are the most significant bits of the value.
   */
  public static long readUnsignedVInt(ByteBuf in) {
    int first = in.readUnsignedByte();
    int extraBytes = Integer.numberOfLeadingZeros(~first & 0xFF) - 24;
    long value = first & (0xFF >>> extraBytes);
    for (int i = 0; i < extraBytes; i++) {
      value = (value << 8) | in.readUnsignedByte();
    }
    return value;
  }

  /** Writes an [unsigned vint] (the value is taken as unsigned 64 bits). */
  public static void writeUnsignedVInt(ByteBuf out, long value) {
    int size = sizeOfUnsignedVInt(value);
    if (size == 9) {
      out.writeByte(0xFF);
      out.writeLong(value);
      return;
    }
    int extraBytes = size - 1;
    int firstByteMask = (0xFF << (8 - extraBytes)) & 0xFF;
    out.writeByte((int) (value >>> (8 * extraBytes)) | firstByteMask);
    for (int shift = 8 * (extraBytes - 1); shift >= 0; shift -= 8) {
      out.writeByte((int) (value >>> shift));
    }
  }

  /** The size of an [unsigned vint]: 1 to 9 bytes. */
  public static int sizeOfUnsignedVInt(long value) {
    int significantBits = 64 - Long.numberOfLeadingZeros(value);
    if (significantBits > 56) {
      return 9;
    }
    // A k-byte encoding (k <= 8) holds 7 * k bits of value.
    return Math.max(1, (significantBits + 6) / 7);
  }

  /** Reads a [vint]: zig-zag encoded, then sent as an [unsigned vint]. */
  public static long readVInt(ByteBuf in) {
    long zigZag = readUnsignedVInt(in);
    return (zigZag >>> 1) ^ -(zigZag & 1);
  }

  /** Writes a [vint]. */
  public static void writeVInt(ByteBuf out, long value) {
    writeUnsignedVInt(out, (value >> 63) ^ (value << 1));
  }

  /** The size of a [vint]. */
  public static int sizeOfVInt(long value) {
    return sizeOfUnsignedVInt((value >> 63) ^ (value << 1));
  }

  private static void checkReadable(ByteBuf in, long length, String what) {
    if (length > in.readableBytes()) {
      throw new IndexOutOfBoundsException(
          "Truncated "
              + what
              + ": needs "
              + length
              + " more bytes, only "
              + in.readableBytes()
              + " left");
    }
  }
}
