package io.sibyl.driver.internal.protocol;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.error.FrameTooLongException;
import io.sibyl.driver.error.ProtocolException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Encodes request envelopes and decodes response envelopes: the 9-byte header (version, flags,
 * stream id, opcode, body length) and the body ({@code [tracing id][warnings][custom payload]
 * message}). For v4 with a compressor, request bodies other than STARTUP and OPTIONS are compressed
 * (4-byte uncompressed length + block), and compressed responses are decompressed. In v5 the
 * envelope compression flag is ignored: compression belongs to {@link SegmentCodec}.
 *
 * <p>Stateless and thread-safe.
 */
public final class FrameCodec {
  /** The length of an envelope header. */
  public static final int HEADER_LENGTH = 9;

  /** The spec's limit of an envelope body: 256 MiB. */
  public static final int DEFAULT_MAX_BODY_LENGTH = 256 * 1024 * 1024;

  private static final int RESPONSE_BIT = 0x80;

  private final int maxBodyLength;

  /** A codec that accepts bodies up to {@link #DEFAULT_MAX_BODY_LENGTH}. */
  public FrameCodec() {
    this(DEFAULT_MAX_BODY_LENGTH);
  }

  /**
   * A codec that refuses to decompress bodies larger than {@code maxBodyLength}: the limit that
   * keeps a corrupt v4 length prefix from allocating gigabytes.
   */
  public FrameCodec(int maxBodyLength) {
    this.maxBodyLength = maxBodyLength;
  }

  // ---- encoding -----------------------------------------------------------------------------

  /**
   * Encodes a request envelope into a new buffer from {@code alloc}, which the caller owns.
   *
   * @param compressorOrNull the compressor for v4 bodies; ignored for v5 envelopes
   * @throws IllegalArgumentException if the message is not a request or uses a feature the frame's
   *     version does not have (nothing is leaked)
   */
  public ByteBuf encode(ByteBufAllocator alloc, Frame frame, Compressor compressorOrNull) {
    return encode(
        alloc,
        frame.version(),
        frame.streamId(),
        frame.flags(),
        frame.customPayload(),
        requestOf(frame),
        compressorOrNull);
  }

  /**
   * Encodes a request envelope from its parts into a new buffer from {@code alloc}, which the
   * caller owns: the write path's form, with no {@link Frame} object. The body's size is computed
   * once.
   *
   * @param flags the header flags ({@code Frame.FLAG_*}); {@link Frame#FLAG_CUSTOM_PAYLOAD} must
   *     match {@code customPayload}, {@link Frame#FLAG_COMPRESSED} is set or cleared here
   * @param customPayload the custom payload, empty for none
   * @param compressorOrNull the compressor for v4 bodies; ignored for v5 envelopes
   * @throws IllegalArgumentException if the message uses a feature {@code version} does not have
   *     (nothing is leaked)
   */
  public ByteBuf encode(
      ByteBufAllocator alloc,
      ProtocolVersion version,
      int streamId,
      int flags,
      Map<String, ByteBuffer> customPayload,
      Request request,
      Compressor compressorOrNull) {
    int bodyLength = bodyLength(version, customPayload, request);
    if (compressorOrNull == null || !compressesBody(version, request)) {
      ByteBuf out = alloc.ioBuffer(HEADER_LENGTH + bodyLength);
      try {
        encodeUncompressed(version, streamId, flags, customPayload, request, bodyLength, out);
        return out;
      } catch (RuntimeException e) {
        out.release();
        throw e;
      }
    }
    ByteBuf body = alloc.buffer(bodyLength);
    ByteBuf out = null;
    try {
      writeBody(version, customPayload, request, body);
      checkWritten(request, body.readableBytes(), bodyLength);
      out = alloc.ioBuffer(HEADER_LENGTH + 4 + compressorOrNull.maxCompressedLength(bodyLength));
      writeHeader(out, version, streamId, flags | Frame.FLAG_COMPRESSED, request.opcode(), 0);
      out.writeInt(bodyLength);
      compressorOrNull.compress(body, out);
      out.setInt(HEADER_LENGTH - 4, out.writerIndex() - HEADER_LENGTH);
      return out;
    } catch (RuntimeException e) {
      if (out != null) {
        out.release();
      }
      throw e;
    } finally {
      body.release();
    }
  }

  /** The exact length of the envelope (header and body) that {@link #encodeUncompressed} writes. */
  public int encodedLength(Frame frame) {
    return HEADER_LENGTH + bodyLength(frame.version(), frame.customPayload(), requestOf(frame));
  }

  /**
   * Writes a request envelope, uncompressed, to {@code out}: exactly {@link #encodedLength} bytes.
   * This is the form envelopes take inside v5 outer frames.
   */
  public void encodeUncompressed(Frame frame, ByteBuf out) {
    Request request = requestOf(frame);
    encodeUncompressed(
        frame.version(),
        frame.streamId(),
        frame.flags(),
        frame.customPayload(),
        request,
        bodyLength(frame.version(), frame.customPayload(), request),
        out);
  }

  /**
   * The exact length of a request envelope's body: the message and the custom payload, if any.
   * Envelope length is this plus {@link #HEADER_LENGTH}.
   */
  public static int bodyLength(
      ProtocolVersion version, Map<String, ByteBuffer> customPayload, Request request) {
    int length = request.encodedSize(version);
    if (!customPayload.isEmpty()) {
      length += Primitives.sizeOfBytesMap(customPayload);
    }
    return length;
  }

  /**
   * Writes a request envelope from its parts, uncompressed, to {@code out}.
   *
   * @param flags the header flags, as for {@link #encode(ByteBufAllocator, ProtocolVersion, int,
   *     int, Map, Request, Compressor)}
   * @param bodyLength the body's length, from {@link #bodyLength}: checked against what the message
   *     writes
   */
  public void encodeUncompressed(
      ProtocolVersion version,
      int streamId,
      int flags,
      Map<String, ByteBuffer> customPayload,
      Request request,
      int bodyLength,
      ByteBuf out) {
    out.ensureWritable(HEADER_LENGTH + bodyLength);
    writeHeader(
        out, version, streamId, flags & ~Frame.FLAG_COMPRESSED, request.opcode(), bodyLength);
    int bodyStart = out.writerIndex();
    writeBody(version, customPayload, request, out);
    checkWritten(request, out.writerIndex() - bodyStart, bodyLength);
  }

  /** The header flags of a request envelope: tracing if asked, custom payload if there is one. */
  public static int requestFlags(boolean tracing, Map<String, ByteBuffer> customPayload) {
    int flags = tracing ? Frame.FLAG_TRACING : 0;
    return customPayload.isEmpty() ? flags : flags | Frame.FLAG_CUSTOM_PAYLOAD;
  }

  private static void checkWritten(Request request, int written, int bodyLength) {
    if (written != bodyLength) {
      throw new IllegalStateException(
          Opcode.name(request.opcode())
              + " wrote "
              + written
              + " bytes but its encodedSize said "
              + bodyLength);
    }
  }

  private static boolean compressesBody(ProtocolVersion version, Request request) {
    return version == ProtocolVersion.V4
        && request.opcode() != Opcode.STARTUP
        && request.opcode() != Opcode.OPTIONS;
  }

  private static Request requestOf(Frame frame) {
    if (frame.message() instanceof Request request) {
      return request;
    }
    throw new IllegalArgumentException(
        "Only requests can be encoded, got " + Opcode.name(frame.message().opcode()));
  }

  private static void writeHeader(
      ByteBuf out, ProtocolVersion version, int streamId, int flags, int opcode, int bodyLength) {
    out.writeByte(version.code());
    out.writeByte(flags);
    out.writeShort(streamId);
    out.writeByte(opcode);
    out.writeInt(bodyLength);
  }

  private static void writeBody(
      ProtocolVersion version,
      Map<String, ByteBuffer> customPayload,
      Request request,
      ByteBuf out) {
    if (!customPayload.isEmpty()) {
      Primitives.writeBytesMap(out, customPayload);
    }
    request.encode(out, version);
  }

  // ---- decoding -----------------------------------------------------------------------------

  /**
   * Checks the header of the envelope at {@code index} and returns the envelope's total length
   * (header and body). Needs {@link #HEADER_LENGTH} readable bytes.
   *
   * @throws ProtocolException if the header is impossible for a response: a version other than 3, 4
   *     or 5, the request direction bit, or a negative length
   * @throws FrameTooLongException if header and body are longer than {@code maxEnvelopeLength}
   */
  public static int checkResponseHeader(ByteBuf in, int index, long maxEnvelopeLength) {
    int versionByte = in.getUnsignedByte(index);
    int versionCode = versionByte & ~RESPONSE_BIT;
    if ((versionByte & RESPONSE_BIT) == 0 || versionCode < 3 || versionCode > 5) {
      throw new ProtocolException(
          String.format(
              "Impossible envelope header: version byte 0x%02x is not a v3, v4 or v5 response "
                  + "(the server may not speak the CQL native protocol on this port)",
              versionByte));
    }
    int bodyLength = in.getInt(index + 5);
    if (bodyLength < 0) {
      throw new ProtocolException("Impossible envelope header: negative body length " + bodyLength);
    }
    long envelopeLength = (long) HEADER_LENGTH + bodyLength;
    if (envelopeLength > maxEnvelopeLength) {
      throw new FrameTooLongException(
          String.format(
              "Response envelope on stream %d is %d bytes, over the maximum of %d: raise "
                  + "SessionBuilder.maxFrameLength, or fetch smaller pages (withPageSize)",
              streamId(in, index), envelopeLength, maxEnvelopeLength),
          envelopeLength,
          maxEnvelopeLength);
    }
    return (int) envelopeLength;
  }

  /** The protocol version number (3, 4 or 5) in the header at {@code index}. */
  public static int versionCode(ByteBuf in, int index) {
    return in.getUnsignedByte(index) & ~RESPONSE_BIT;
  }

  /** The signed stream id in the header at {@code index}. */
  public static int streamId(ByteBuf in, int index) {
    return in.getShort(index + 2);
  }

  /** The opcode in the header at {@code index}. */
  public static int opcode(ByteBuf in, int index) {
    return in.getUnsignedByte(index + 4);
  }

  /**
   * Decodes one complete response envelope (header and body) and advances the reader index past it.
   * The returned frame holds no reference to {@code envelope}, which the caller still owns. Bodies
   * of v3 headers (only expected for a version-mismatch ERROR) are read with v4 rules. On failure
   * the reader index is left where it was.
   *
   * @throws ProtocolException if the header is impossible or the body is malformed
   */
  public Frame decode(ByteBuf envelope, Compressor compressorOrNull) {
    int start = envelope.readerIndex();
    int envelopeLength = checkResponseHeader(envelope, start, Long.MAX_VALUE);
    if (envelope.readableBytes() < envelopeLength) {
      throw new ProtocolException(
          "Truncated envelope: header announces "
              + envelopeLength
              + " bytes, only "
              + envelope.readableBytes()
              + " given");
    }
    try {
      return decode(envelope, start, envelopeLength, compressorOrNull);
    } catch (RuntimeException e) {
      envelope.readerIndex(start);
      throw e;
    }
  }

  /**
   * Decodes the complete response envelope of {@code envelopeLength} bytes (checked by {@link
   * #checkResponseHeader}) at {@code start} in {@code buf}, in place: no slice or copy of the
   * envelope is made. The returned frame holds no reference to {@code buf}. On return, and when it
   * throws, the reader index of {@code buf} is {@code start + envelopeLength} and its writer index
   * is unchanged.
   *
   * @throws ProtocolException if the body is malformed
   */
  public Frame decode(ByteBuf buf, int start, int envelopeLength, Compressor compressorOrNull) {
    int versionCode = versionCode(buf, start);
    ProtocolVersion version = versionCode == 5 ? ProtocolVersion.V5 : ProtocolVersion.V4;
    int flags = buf.getUnsignedByte(start + 1);
    int streamId = streamId(buf, start);
    int opcode = opcode(buf, start);
    int end = start + envelopeLength;
    int writerIndex = buf.writerIndex();
    ByteBuf body = buf;
    ByteBuf decompressed = null;
    try {
      // The body is read from buf itself, bounded by a temporary writer index at its end.
      buf.readerIndex(start + HEADER_LENGTH);
      buf.writerIndex(end);
      if ((flags & Frame.FLAG_COMPRESSED) != 0 && versionCode < 5) {
        decompressed = decompressBody(body, compressorOrNull);
        body = decompressed;
      }
      UUID tracingId = (flags & Frame.FLAG_TRACING) != 0 ? Primitives.readUuid(body) : null;
      List<String> warnings =
          (flags & Frame.FLAG_WARNING) != 0 ? Primitives.readStringList(body) : List.of();
      Map<String, ByteBuffer> customPayload =
          (flags & Frame.FLAG_CUSTOM_PAYLOAD) != 0 ? Primitives.readBytesMap(body) : Map.of();
      Response response = ResponseDecoder.decode(opcode, body, version);
      return new Frame(
          version, streamId, flags, false, tracingId, customPayload, warnings, response);
    } catch (ProtocolException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new ProtocolException(
          String.format(
              "Malformed %s response body on stream %d (protocol v%d, %d bytes): %s",
              Opcode.name(opcode), streamId, versionCode, envelopeLength - HEADER_LENGTH, e),
          e);
    } finally {
      buf.writerIndex(writerIndex);
      buf.readerIndex(end);
      if (decompressed != null) {
        decompressed.release();
      }
    }
  }

  private ByteBuf decompressBody(ByteBuf body, Compressor compressorOrNull) {
    if (compressorOrNull == null) {
      throw new IllegalArgumentException(
          "the envelope is flagged compressed but no compression was negotiated");
    }
    int uncompressedLength = body.readInt();
    int compressedLength = body.readableBytes();
    // Checked before allocating: the prefix is the peer's word, and a corrupt one must not make a
    // 20-byte body allocate 256 MiB.
    if (uncompressedLength < 0
        || uncompressedLength > maxBodyLength
        || uncompressedLength > compressorOrNull.maxDecompressedLength(compressedLength)) {
      throw new IllegalArgumentException(
          String.format(
              "the %s block of %d bytes announces %d uncompressed bytes, more than it can expand"
                  + " to or over the maximum of %d",
              compressorOrNull.algorithm().toUpperCase(Locale.ROOT),
              compressedLength,
              uncompressedLength,
              maxBodyLength));
    }
    ByteBuf out = body.alloc().buffer(uncompressedLength);
    try {
      compressorOrNull.decompress(body, body.readableBytes(), out, uncompressedLength);
      return out;
    } catch (RuntimeException e) {
      out.release();
      throw e;
    }
  }
}
