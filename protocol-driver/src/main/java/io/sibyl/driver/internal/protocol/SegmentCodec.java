package io.sibyl.driver.internal.protocol;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.sibyl.driver.error.ProtocolException;
import java.util.Locale;

/**
 * The outer framing of protocol v5 (native_protocol_v5.spec section 2): each frame is a
 * CRC24-protected little-endian header, a payload of at most {@value #MAX_PAYLOAD_LENGTH} bytes and
 * the CRC32 of that payload. Uncompressed frames have a 6-byte header (17-bit length,
 * self-contained bit); LZ4 frames an 8-byte one (17-bit compressed length, 17-bit uncompressed
 * length, self-contained bit), where an uncompressed length of 0 means the payload was sent as is.
 *
 * <p>Not thread-safe (it reuses a CRC32): one instance per connection and direction.
 */
public final class SegmentCodec {
  /** The largest payload of one frame: 128 KiB - 1. */
  public static final int MAX_PAYLOAD_LENGTH = (1 << 17) - 1;

  /** The header length of uncompressed frames. */
  public static final int UNCOMPRESSED_HEADER_LENGTH = 6;

  /** The header length of compressed frames. */
  public static final int COMPRESSED_HEADER_LENGTH = 8;

  /** The length of the payload CRC32 trailer. */
  public static final int TRAILER_LENGTH = 4;

  /** Payloads shorter than this are sent uncompressed even when compression is on. */
  static final int MIN_COMPRESSIBLE_LENGTH = 64;

  private static final int LENGTH_MASK = MAX_PAYLOAD_LENGTH;

  private final Compressor compressor;
  private final Crc32 crc32 = new Crc32();

  /** Creates a codec for the compressed format if {@code compressorOrNull} is not null. */
  public SegmentCodec(Compressor compressorOrNull) {
    this.compressor = compressorOrNull;
  }

  /** Whether frames use the compressed (8-byte header) format. */
  public boolean isCompressed() {
    return compressor != null;
  }

  /** The header length of this codec's format. */
  public int headerLength() {
    return compressor == null ? UNCOMPRESSED_HEADER_LENGTH : COMPRESSED_HEADER_LENGTH;
  }

  /** An upper bound of the bytes that {@link #encode} writes for a payload of that length. */
  public int maxEncodedLength(int payloadLength) {
    int body =
        compressor == null
            ? payloadLength
            : Math.max(payloadLength, compressor.maxCompressedLength(payloadLength));
    return headerLength() + body + TRAILER_LENGTH;
  }

  // ---- encoding -----------------------------------------------------------------------------

  /**
   * Writes one frame holding all readable bytes of {@code payload} to {@code out}, compressing it
   * when this codec compresses and that makes it smaller. Consumes {@code payload} without
   * releasing it.
   *
   * @throws IllegalArgumentException if the payload is longer than {@value #MAX_PAYLOAD_LENGTH}
   */
  public void encode(ByteBuf payload, boolean selfContained, ByteBuf out) {
    int length = payload.readableBytes();
    checkPayloadLength(length);
    out.ensureWritable(maxEncodedLength(length));
    if (compressor == null) {
      int headerIndex = startUncompressed(out);
      out.writeBytes(payload);
      finishUncompressed(out, headerIndex, selfContained);
      return;
    }
    int headerIndex = out.writerIndex();
    out.writeZero(COMPRESSED_HEADER_LENGTH);
    int payloadIndex = out.writerIndex();
    int uncompressedField = 0;
    if (length >= MIN_COMPRESSIBLE_LENGTH) {
      int start = payload.readerIndex();
      int compressedLength = compressor.compress(payload, out);
      if (compressedLength < length) {
        uncompressedField = length;
      } else {
        payload.readerIndex(start);
        out.writerIndex(payloadIndex);
      }
    }
    if (uncompressedField == 0) {
      out.writeBytes(payload);
    }
    int payloadLength = out.writerIndex() - payloadIndex;
    long header =
        payloadLength | ((long) uncompressedField << 17) | (selfContained ? 1L << 34 : 0L);
    writeHeader(out, headerIndex, header, 5);
    out.writeIntLE(crc32.compute(out, payloadIndex, payloadLength));
  }

  /**
   * Starts an uncompressed frame in {@code out}: reserves the header, so that the caller can write
   * the payload straight after it. Finish with {@link #finishUncompressed}.
   *
   * @return the index of the header, to pass to {@link #finishUncompressed}
   */
  public int startUncompressed(ByteBuf out) {
    if (compressor != null) {
      throw new IllegalStateException("This codec writes compressed frames");
    }
    int headerIndex = out.writerIndex();
    out.writeZero(UNCOMPRESSED_HEADER_LENGTH);
    return headerIndex;
  }

  /**
   * Finishes an uncompressed frame started by {@link #startUncompressed}: the payload is every byte
   * written after the header. Fills in the header and appends the payload's CRC32.
   */
  public void finishUncompressed(ByteBuf out, int headerIndex, boolean selfContained) {
    int payloadIndex = headerIndex + UNCOMPRESSED_HEADER_LENGTH;
    int payloadLength = out.writerIndex() - payloadIndex;
    checkPayloadLength(payloadLength);
    long header = payloadLength | (selfContained ? 1L << 17 : 0L);
    writeHeader(out, headerIndex, header, 3);
    out.writeIntLE(crc32.compute(out, payloadIndex, payloadLength));
  }

  private static void writeHeader(ByteBuf out, int index, long header, int length) {
    for (int i = 0; i < length; i++) {
      out.setByte(index + i, (int) (header >>> (8 * i)));
    }
    out.setMediumLE(index + length, Crc24.compute(header, length));
  }

  private static void checkPayloadLength(int length) {
    if (length > MAX_PAYLOAD_LENGTH) {
      throw new IllegalArgumentException(
          "A v5 frame payload holds at most " + MAX_PAYLOAD_LENGTH + " bytes, got " + length);
    }
  }

  // ---- decoding -----------------------------------------------------------------------------

  /** One decoded frame: its (decompressed) payload, owned by the caller, and its flag. */
  public record Segment(ByteBuf payload, boolean selfContained) {}

  /** The buffer holding the last decoded payload: the input, or {@link #decompressed}. */
  private ByteBuf payloadBuffer;

  /** The last decoded payload when it was decompressed (owned by this codec), else null. */
  private ByteBuf decompressed;

  private int payloadIndex;
  private int payloadLength;
  private int frameLength;
  private boolean selfContained;

  /**
   * Decodes the frame at the reader index of {@code in}, if it is complete.
   *
   * @return the frame, whose payload the caller must release; or null, with {@code in} untouched,
   *     if more bytes are needed
   * @throws ProtocolException if the header or payload CRC does not match, or the payload does not
   *     decompress
   */
  public Segment decode(ByteBuf in, ByteBufAllocator alloc) {
    if (!decodeNext(in, alloc)) {
      return null;
    }
    ByteBuf payload =
        decompressed != null ? decompressed : in.retainedSlice(payloadIndex, payloadLength);
    decompressed = null;
    payloadBuffer = null;
    in.skipBytes(frameLength);
    return new Segment(payload, selfContained);
  }

  /**
   * Decodes the frame at the reader index of {@code in} without creating any object for an
   * uncompressed payload: the payload is then a range of {@code in} itself. Read it through {@link
   * #payloadBuffer()}, {@link #payloadIndex()}, {@link #payloadLength()} and {@link
   * #selfContained()}, then call {@link #finishPayload(ByteBuf, int)}, which advances {@code in}
   * past the frame and releases a decompressed payload. The reader index of {@code in} is not moved
   * by this method; the caller may move it while reading the payload.
   *
   * @return whether a complete frame was decoded; if false, {@code in} is untouched
   * @throws ProtocolException if the header or payload CRC does not match, or the payload does not
   *     decompress
   */
  public boolean decodeNext(ByteBuf in, ByteBufAllocator alloc) {
    releasePayload();
    int headerLength = headerLength();
    if (in.readableBytes() < headerLength) {
      return false;
    }
    int index = in.readerIndex();
    int dataLength = headerLength - 3;
    long header =
        compressor == null
            ? in.getUnsignedMediumLE(index)
            : in.getUnsignedIntLE(index) | ((long) in.getUnsignedByte(index + 4) << 32);
    int expectedCrc = in.getUnsignedMediumLE(index + dataLength);
    int actualCrc = Crc24.compute(header, dataLength);
    if (expectedCrc != actualCrc) {
      throw new ProtocolException(
          String.format(
              "Corrupt v5 frame header: its CRC24 is 0x%06x but the header bytes give 0x%06x. "
                  + "The connection is closed; if this repeats, check the network path",
              expectedCrc, actualCrc));
    }
    int length = (int) (header & LENGTH_MASK);
    int uncompressedLength = compressor == null ? 0 : (int) ((header >>> 17) & LENGTH_MASK);
    boolean contained = (header & (compressor == null ? 1L << 17 : 1L << 34)) != 0;
    if (uncompressedLength > 0 && uncompressedLength > compressor.maxDecompressedLength(length)) {
      // Refused before allocating: a few bytes must not claim 128 KiB each.
      throw new ProtocolException(
          String.format(
              "Corrupt v5 frame: its %d-byte %s payload announces %d uncompressed bytes, more than"
                  + " it can expand to. The connection is closed",
              length, compressor.algorithm().toUpperCase(Locale.ROOT), uncompressedLength));
    }
    if (in.readableBytes() < headerLength + length + TRAILER_LENGTH) {
      return false;
    }
    int start = index + headerLength;
    int expectedPayloadCrc = in.getIntLE(start + length);
    int actualPayloadCrc = crc32.compute(in, start, length);
    if (expectedPayloadCrc != actualPayloadCrc) {
      throw new ProtocolException(
          String.format(
              "Corrupt v5 frame payload (%d bytes): its CRC32 is 0x%08x but the payload gives "
                  + "0x%08x. The connection is closed; if this repeats, check the network path",
              length, expectedPayloadCrc, actualPayloadCrc));
    }
    frameLength = headerLength + length + TRAILER_LENGTH;
    selfContained = contained;
    if (uncompressedLength == 0) {
      payloadBuffer = in;
      payloadIndex = start;
      payloadLength = length;
    } else {
      decompressed = decompress(in, start, length, uncompressedLength, alloc);
      payloadBuffer = decompressed;
      payloadIndex = decompressed.readerIndex();
      payloadLength = decompressed.readableBytes();
    }
    return true;
  }

  /** The buffer holding the payload of the last {@link #decodeNext}; do not release it. */
  public ByteBuf payloadBuffer() {
    return payloadBuffer;
  }

  /** The index of the payload in {@link #payloadBuffer()}. */
  public int payloadIndex() {
    return payloadIndex;
  }

  /** The length of the (decompressed) payload. */
  public int payloadLength() {
    return payloadLength;
  }

  /** Whether the last decoded frame is self-contained. */
  public boolean selfContained() {
    return selfContained;
  }

  /**
   * Ends the use of the payload of the last {@link #decodeNext}: sets the reader index of {@code
   * in} (the buffer given to {@code decodeNext}) past the frame and releases a decompressed
   * payload.
   */
  public void finishPayload(ByteBuf in, int frameStart) {
    releasePayload();
    in.readerIndex(frameStart + frameLength);
  }

  /** The length of the last decoded frame (header, payload and trailer) in the input. */
  public int frameLength() {
    return frameLength;
  }

  /** Releases a decompressed payload still held (on errors and removal); idempotent. */
  public void releasePayload() {
    payloadBuffer = null;
    if (decompressed != null) {
      ByteBuf buffer = decompressed;
      decompressed = null;
      buffer.release();
    }
  }

  private ByteBuf decompress(
      ByteBuf in, int index, int compressedLength, int uncompressedLength, ByteBufAllocator alloc) {
    ByteBuf out = alloc.buffer(uncompressedLength);
    int readerIndex = in.readerIndex();
    try {
      // Read in place: the decompressor reads from the reader index (no slice of the input).
      in.readerIndex(index);
      compressor.decompress(in, compressedLength, out, uncompressedLength);
      return out;
    } catch (RuntimeException e) {
      out.release();
      throw new ProtocolException(
          "Corrupt v5 frame: its LZ4 payload does not decompress (" + e.getMessage() + ")", e);
    } finally {
      in.readerIndex(readerIndex);
    }
  }
}
