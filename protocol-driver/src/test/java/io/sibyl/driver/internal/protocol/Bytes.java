package io.sibyl.driver.internal.protocol;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * A readable way to write expected protocol bytes in tests, named after the spec's notations:
 * {@code Bytes.builder().int32(1).string("ks").build()}.
 */
public final class Bytes {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  private Bytes() {}

  /** Starts an empty byte sequence. */
  public static Bytes builder() {
    return new Bytes();
  }

  /** A [byte] (or any single byte). */
  public Bytes int8(int value) {
    out.write(value);
    return this;
  }

  /** A [short], big-endian. */
  public Bytes int16(int value) {
    return int8(value >>> 8).int8(value);
  }

  /** An [int], big-endian. */
  public Bytes int32(int value) {
    return int16(value >>> 16).int16(value);
  }

  /** A [long], big-endian. */
  public Bytes int64(long value) {
    return int32((int) (value >>> 32)).int32((int) value);
  }

  /** Raw bytes. */
  public Bytes raw(byte[] bytes) {
    out.writeBytes(bytes);
    return this;
  }

  /** Raw bytes from hex, spaces allowed: {@code hex("ca fe")}. */
  public Bytes hex(String hex) {
    return raw(ByteBufUtil.decodeHexDump(hex.replace(" ", "")));
  }

  /** A [string]. */
  public Bytes string(String value) {
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    return int16(utf8.length).raw(utf8);
  }

  /** A [long string]. */
  public Bytes longString(String value) {
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    return int32(utf8.length).raw(utf8);
  }

  /** A [string list]. */
  public Bytes stringList(String... values) {
    int16(values.length);
    for (String value : values) {
      string(value);
    }
    return this;
  }

  /** A [string list]. */
  public Bytes stringList(List<String> values) {
    return stringList(values.toArray(new String[0]));
  }

  /** A [bytes]; null is length -1. */
  public Bytes bytes(byte[] value) {
    return value == null ? int32(-1) : int32(value.length).raw(value);
  }

  /** A [short bytes]. */
  public Bytes shortBytes(byte[] value) {
    return int16(value.length).raw(value);
  }

  /** A [uuid]. */
  public Bytes uuid(UUID value) {
    return int64(value.getMostSignificantBits()).int64(value.getLeastSignificantBits());
  }

  /** The bytes so far. */
  public byte[] build() {
    return out.toByteArray();
  }

  /** The bytes so far, in an unpooled heap buffer (the caller releases it). */
  public ByteBuf toByteBuf() {
    return Unpooled.wrappedBuffer(build());
  }

  /** The number of bytes so far. */
  public int size() {
    return out.size();
  }

  /** The readable bytes of {@code buf}, copied; the buffer is left as it was. */
  public static byte[] of(ByteBuf buf) {
    return ByteBufUtil.getBytes(buf);
  }

  /** The readable bytes of {@code buf}, copied; then releases it. */
  public static byte[] release(ByteBuf buf) {
    try {
      return of(buf);
    } finally {
      buf.release();
    }
  }

  /** Bytes of the given ASCII text. */
  public static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
