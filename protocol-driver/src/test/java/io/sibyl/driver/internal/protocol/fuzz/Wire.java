package io.sibyl.driver.internal.protocol.fuzz;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.sibyl.driver.internal.protocol.Bytes;
import io.sibyl.driver.internal.protocol.Compressor;
import io.sibyl.driver.internal.protocol.Crc24;
import io.sibyl.driver.internal.protocol.Crc32;
import io.sibyl.driver.internal.protocol.Frame;
import io.sibyl.driver.internal.protocol.FrameCodec;
import java.io.ByteArrayOutputStream;

/**
 * Writes response bytes the way a server (honest or not) would: v4 envelopes with LZ4 bodies, and
 * v5 outer frames with any header fields, always with correct CRCs, so that tests reach the checks
 * behind them.
 */
public final class Wire {
  private Wire() {}

  /** A compressed form of an envelope: the same header with the compression flag, LZ4 body. */
  public static byte[] compressV4(byte[] envelope, Compressor lz4) {
    int bodyLength = envelope.length - FrameCodec.HEADER_LENGTH;
    ByteBuf body = Unpooled.wrappedBuffer(envelope, FrameCodec.HEADER_LENGTH, bodyLength);
    ByteBuf out = Unpooled.buffer();
    try {
      out.writeBytes(envelope, 0, FrameCodec.HEADER_LENGTH);
      out.setByte(1, envelope[1] | Frame.FLAG_COMPRESSED);
      out.writeInt(bodyLength);
      lz4.compress(body, out);
      out.setInt(5, out.writerIndex() - FrameCodec.HEADER_LENGTH);
      return Bytes.of(out);
    } finally {
      body.release();
      out.release();
    }
  }

  /** An LZ4 block of {@code bytes}. */
  public static byte[] lz4Block(byte[] bytes, Compressor lz4) {
    ByteBuf in = Unpooled.wrappedBuffer(bytes);
    ByteBuf out = Unpooled.buffer();
    try {
      lz4.compress(in, out);
      return Bytes.of(out);
    } finally {
      in.release();
      out.release();
    }
  }

  /** An uncompressed-format v5 frame: 17-bit length, self-contained bit, CRC24, payload, CRC32. */
  public static byte[] uncompressedFrame(byte[] payload, int lengthField, boolean selfContained) {
    long header = (lengthField & 0x1FFFFL) | (selfContained ? 1L << 17 : 0L);
    return frame(header, 3, payload);
  }

  /**
   * A compressed-format v5 frame with the given length fields (each 17 bits; an uncompressed length
   * of 0 means "sent as is").
   */
  public static byte[] compressedFrame(
      byte[] payload, int compressedLengthField, int uncompressedLengthField, boolean self) {
    long header =
        (compressedLengthField & 0x1FFFFL)
            | ((uncompressedLengthField & 0x1FFFFL) << 17)
            | (self ? 1L << 34 : 0L);
    return frame(header, 5, payload);
  }

  private static byte[] frame(long header, int headerBytes, byte[] payload) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < headerBytes; i++) {
      out.write((int) (header >>> (8 * i)));
    }
    int crc24 = Crc24.compute(header, headerBytes);
    for (int i = 0; i < 3; i++) {
      out.write(crc24 >>> (8 * i));
    }
    out.writeBytes(payload);
    int crc32 = Crc32.of(payload);
    for (int i = 0; i < 4; i++) {
      out.write(crc32 >>> (8 * i));
    }
    return out.toByteArray();
  }

  /** Concatenates byte arrays. */
  public static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
