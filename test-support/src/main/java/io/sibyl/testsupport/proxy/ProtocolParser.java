package io.sibyl.testsupport.proxy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.CompositeByteBuf;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts one direction's byte stream into {@link Chunk}s along the native protocol: v3/v4 envelopes
 * (9-byte header: version, flags, stream, opcode, length), and after a v5 STARTUP's READY or
 * AUTHENTICATE, v5 segments (uncompressed: 3-byte header + CRC24; LZ4: 5-byte header + CRC24; then
 * payload and CRC32). Envelopes inside uncompressed segments (and LZ4 segments sent uncompressed)
 * are read; inside compressed LZ4 segments they are not. Bytes that do not look like the protocol
 * switch the parser to raw mode for the rest of the connection: each read becomes one chunk.
 *
 * <p>Not thread-safe: each connection's two parsers run on its event loop.
 */
final class ProtocolParser {
  /** How the bytes of a direction are framed. */
  enum Mode {
    ENVELOPE,
    SEGMENT,
    SEGMENT_LZ4,
    RAW
  }

  /** What the two directions of a connection share about the v5 handshake. */
  static final class Handshake {
    Mode pendingFraming;
    int pendingStream;
    Mode clientFraming;
  }

  private static final int ENVELOPE_HEADER = 9;
  private static final long MAX_BODY = 256L * 1024 * 1024;
  private static final int UNKNOWN_REMAINDER = -1;

  private final Direction direction;
  private final Handshake handshake;
  private Mode mode;
  private CompositeByteBuf cumulation;

  /** Bytes still to come of an envelope spread over non-self-contained segments. */
  private long largeRemaining;

  ProtocolParser(Direction direction, Handshake handshake, boolean followProtocol) {
    this.direction = direction;
    this.handshake = handshake;
    this.mode = followProtocol ? Mode.ENVELOPE : Mode.RAW;
  }

  Mode mode() {
    return mode;
  }

  /** Takes {@code in} (released here) and adds the chunks that became complete to {@code out}. */
  void feed(ByteBuf in, ByteBufAllocator alloc, long nowNanos, List<Chunk> out) {
    if (cumulation == null) {
      cumulation = alloc.compositeBuffer(Integer.MAX_VALUE);
    }
    cumulation.addComponent(true, in);
    while (cumulation.isReadable()) {
      if (direction == Direction.CLIENT_TO_SERVER
          && mode == Mode.ENVELOPE
          && handshake.clientFraming != null) {
        mode = handshake.clientFraming;
      }
      int length = nextChunkLength();
      if (length < 0) {
        continue; // the mode changed
      }
      if (length == 0) {
        break; // more bytes needed
      }
      int start = cumulation.readerIndex();
      List<Frame> frames = framesOf(start, length);
      ByteBuf bytes = alloc.buffer(length);
      cumulation.readBytes(bytes, length);
      out.add(new Chunk(bytes, frames, nowNanos));
      afterChunk(frames);
    }
    cumulation.discardReadComponents();
  }

  /** Releases what is buffered. */
  void release() {
    if (cumulation != null) {
      cumulation.release();
      cumulation = null;
    }
  }

  /** The length of the next complete chunk; 0 if incomplete; -1 if the mode changed. */
  private int nextChunkLength() {
    int readable = cumulation.readableBytes();
    int start = cumulation.readerIndex();
    switch (mode) {
      case RAW:
        return readable;
      case ENVELOPE:
        {
          if (readable < ENVELOPE_HEADER) {
            return 0;
          }
          int version = cumulation.getUnsignedByte(start);
          long bodyLength = cumulation.getUnsignedInt(start + 5);
          boolean response = (version & 0x80) != 0;
          int number = version & 0x7F;
          if (response != (direction == Direction.SERVER_TO_CLIENT)
              || number < 1
              || number > 6
              || bodyLength > MAX_BODY) {
            mode = Mode.RAW;
            return -1;
          }
          long total = ENVELOPE_HEADER + bodyLength;
          return readable < total ? 0 : (int) total;
        }
      case SEGMENT:
      case SEGMENT_LZ4:
        {
          int headerBytes = mode == Mode.SEGMENT ? 3 : 5;
          if (readable < headerBytes + 3) {
            return 0;
          }
          long header = littleEndian(start, headerBytes);
          int crc = (int) littleEndian(start + headerBytes, 3);
          if (Crc24.of(header, headerBytes) != crc) {
            mode = Mode.RAW;
            return -1;
          }
          int payloadLength = (int) (header & 0x1FFFF);
          int total = headerBytes + 3 + payloadLength + 4;
          return readable < total ? 0 : total;
        }
      default:
        throw new AssertionError(mode);
    }
  }

  private List<Frame> framesOf(int start, int length) {
    switch (mode) {
      case ENVELOPE:
        return List.of(envelope(start, length - ENVELOPE_HEADER));
      case SEGMENT:
        {
          long header = littleEndian(start, 3);
          return segmentFrames(start + 6, (int) (header & 0x1FFFF), (header & 0x20000) != 0);
        }
      case SEGMENT_LZ4:
        {
          long header = littleEndian(start, 5);
          int compressedLength = (int) (header & 0x1FFFF);
          int uncompressedLength = (int) ((header >>> 17) & 0x1FFFF);
          boolean selfContained = ((header >>> 34) & 1) != 0;
          if (uncompressedLength == 0) { // sent as is
            return segmentFrames(start + 8, compressedLength, selfContained);
          }
          largeRemaining = selfContained ? 0 : UNKNOWN_REMAINDER;
          return List.of();
        }
      default:
        return List.of();
    }
  }

  private List<Frame> segmentFrames(int payloadStart, int payloadLength, boolean selfContained) {
    int end = payloadStart + payloadLength;
    if (selfContained) {
      largeRemaining = 0;
      List<Frame> frames = new ArrayList<>(1);
      int position = payloadStart;
      while (end - position >= ENVELOPE_HEADER) {
        long bodyLength = cumulation.getUnsignedInt(position + 5);
        int available = (int) Math.min(bodyLength, end - position - ENVELOPE_HEADER);
        frames.add(envelope(position, available));
        position += ENVELOPE_HEADER + (int) Math.min(bodyLength, Integer.MAX_VALUE / 2);
      }
      return frames;
    }
    if (largeRemaining == 0 && payloadLength >= ENVELOPE_HEADER) {
      long bodyLength = cumulation.getUnsignedInt(payloadStart + 5);
      largeRemaining = ENVELOPE_HEADER + bodyLength - payloadLength;
      if (largeRemaining < 0) {
        largeRemaining = 0;
      }
      return List.of(envelope(payloadStart, payloadLength - ENVELOPE_HEADER));
    }
    if (largeRemaining > 0) {
      largeRemaining = Math.max(0, largeRemaining - payloadLength);
    }
    return List.of();
  }

  /** The frame whose header starts at {@code start}, with {@code available} body bytes present. */
  private Frame envelope(int start, int available) {
    int versionByte = cumulation.getUnsignedByte(start);
    int flags = cumulation.getUnsignedByte(start + 1);
    int stream = cumulation.getShort(start + 2);
    Opcode opcode = Opcode.of(cumulation.getUnsignedByte(start + 4));
    int bodyLength = (int) Math.min(cumulation.getUnsignedInt(start + 5), Integer.MAX_VALUE);
    List<String> queries = new ArrayList<>(1);
    List<ByteBuffer> ids = new ArrayList<>(1);
    Direction frameDirection =
        (versionByte & 0x80) != 0 ? Direction.SERVER_TO_CLIENT : Direction.CLIENT_TO_SERVER;
    int version = versionByte & 0x7F;
    ByteBuf body = cumulation.slice(start + ENVELOPE_HEADER, Math.max(0, available));
    long timestamp = BodyReader.NO_TIMESTAMP;
    try {
      timestamp = BodyReader.read(frameDirection, version, flags, opcode, body, queries, ids);
    } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
      // A body cut short (only part of it is here) or not as the spec says: what was read stays.
    }
    if (mode == Mode.ENVELOPE) {
      watchHandshake(version, stream, opcode, body);
    }
    return new Frame(
        frameDirection, version, flags, stream, opcode, bodyLength, queries, ids, timestamp);
  }

  /** Notes a v5 STARTUP, and the READY or AUTHENTICATE after which v5 framing starts. */
  private void watchHandshake(int version, int stream, Opcode opcode, ByteBuf body) {
    if (direction == Direction.CLIENT_TO_SERVER && opcode == Opcode.STARTUP && version >= 5) {
      boolean lz4 = false;
      try {
        lz4 = "lz4".equalsIgnoreCase(BodyReader.startupOption(body.duplicate(), "COMPRESSION"));
      } catch (IndexOutOfBoundsException e) {
        // A malformed STARTUP: the server will refuse it; assume no compression.
      }
      handshake.pendingFraming = lz4 ? Mode.SEGMENT_LZ4 : Mode.SEGMENT;
      handshake.pendingStream = stream;
    } else if (direction == Direction.SERVER_TO_CLIENT
        && handshake.pendingFraming != null
        && stream == handshake.pendingStream) {
      if (opcode == Opcode.READY || opcode == Opcode.AUTHENTICATE) {
        handshake.clientFraming = handshake.pendingFraming;
      }
      if (opcode != Opcode.EVENT) {
        handshake.pendingFraming = null;
      }
    }
  }

  /** Switches the server side to v5 framing right after the READY or AUTHENTICATE envelope. */
  private void afterChunk(List<Frame> frames) {
    if (direction == Direction.SERVER_TO_CLIENT
        && mode == Mode.ENVELOPE
        && handshake.clientFraming != null
        && !frames.isEmpty()
        && (frames.get(0).opcode() == Opcode.READY
            || frames.get(0).opcode() == Opcode.AUTHENTICATE)) {
      mode = handshake.clientFraming;
    }
  }

  private long littleEndian(int index, int bytes) {
    long value = 0;
    for (int i = 0; i < bytes; i++) {
      value |= (long) cumulation.getUnsignedByte(index + i) << (8 * i);
    }
    return value;
  }

  /** Reads what rules and counters need from the start of an envelope body. */
  static final class BodyReader {
    /** What {@link #read} returns when the request carries no client timestamp. */
    static final long NO_TIMESTAMP = Long.MIN_VALUE;

    private BodyReader() {}

    /**
     * Adds the statement texts and prepared ids of the body to {@code queries} and {@code ids};
     * returns the client timestamp of a QUERY, EXECUTE or BATCH, or {@link #NO_TIMESTAMP}.
     */
    static long read(
        Direction direction,
        int version,
        int flags,
        Opcode opcode,
        ByteBuf body,
        List<String> queries,
        List<ByteBuffer> ids) {
      if (version < 5 && (flags & 0x01) != 0) {
        return NO_TIMESTAMP; // compressed body (v4 per-envelope compression)
      }
      if (direction == Direction.CLIENT_TO_SERVER) {
        if ((flags & 0x04) != 0) {
          skipBytesMap(body);
        }
        switch (opcode) {
          case QUERY:
            queries.add(longString(body));
            return queryParametersTimestamp(version, body);
          case PREPARE:
            queries.add(longString(body));
            break;
          case EXECUTE:
            ids.add(shortBytes(body));
            if (version >= 5) {
              shortBytes(body); // result metadata id
            }
            return queryParametersTimestamp(version, body);
          case BATCH:
            readBatch(body, queries, ids);
            return batchTimestamp(version, body);
          default:
            break;
        }
      } else if (opcode == Opcode.RESULT) {
        if ((flags & 0x02) != 0) {
          body.skipBytes(16); // tracing id
        }
        if ((flags & 0x08) != 0) {
          int warnings = body.readUnsignedShort();
          for (int i = 0; i < warnings; i++) {
            body.skipBytes(body.readUnsignedShort());
          }
        }
        if ((flags & 0x04) != 0) {
          skipBytesMap(body);
        }
        if (body.readInt() == 0x0004) { // Prepared
          ids.add(shortBytes(body));
        }
      }
      return NO_TIMESTAMP;
    }

    /** The timestamp of a QUERY's or EXECUTE's {@code <query_parameters>}, if it has one. */
    private static long queryParametersTimestamp(int version, ByteBuf body) {
      body.skipBytes(2); // consistency
      int flags = version >= 5 ? body.readInt() : body.readUnsignedByte();
      if ((flags & 0x01) != 0) { // values
        int values = body.readUnsignedShort();
        for (int i = 0; i < values; i++) {
          if ((flags & 0x40) != 0) { // with names
            body.skipBytes(body.readUnsignedShort());
          }
          skipBytes(body);
        }
      }
      if ((flags & 0x04) != 0) { // page size
        body.skipBytes(4);
      }
      if ((flags & 0x08) != 0) { // paging state
        skipBytes(body);
      }
      if ((flags & 0x10) != 0) { // serial consistency
        body.skipBytes(2);
      }
      return (flags & 0x20) != 0 ? body.readLong() : NO_TIMESTAMP;
    }

    /** The timestamp after a BATCH's statements, if it has one. */
    private static long batchTimestamp(int version, ByteBuf body) {
      body.skipBytes(2); // consistency
      int flags = version >= 5 ? body.readInt() : body.readUnsignedByte();
      if ((flags & 0x10) != 0) { // serial consistency
        body.skipBytes(2);
      }
      return (flags & 0x20) != 0 ? body.readLong() : NO_TIMESTAMP;
    }

    private static void skipBytes(ByteBuf body) {
      int length = body.readInt();
      if (length > 0) {
        body.skipBytes(length);
      }
    }

    private static void readBatch(ByteBuf body, List<String> queries, List<ByteBuffer> ids) {
      body.skipBytes(1); // type
      int statements = body.readUnsignedShort();
      for (int i = 0; i < statements; i++) {
        int kind = body.readByte();
        if (kind == 0) {
          queries.add(longString(body));
        } else {
          ids.add(shortBytes(body));
        }
        int values = body.readUnsignedShort();
        for (int v = 0; v < values; v++) {
          int length = body.readInt();
          if (length > 0) {
            body.skipBytes(length);
          }
        }
      }
    }

    /** The value of a STARTUP option ({@code [string map]} body), or null. */
    static String startupOption(ByteBuf body, String name) {
      int entries = body.readUnsignedShort();
      for (int i = 0; i < entries; i++) {
        String key = string(body);
        String value = string(body);
        if (key.equalsIgnoreCase(name)) {
          return value;
        }
      }
      return null;
    }

    private static String string(ByteBuf body) {
      int length = body.readUnsignedShort();
      return body.readCharSequence(length, StandardCharsets.UTF_8).toString();
    }

    private static String longString(ByteBuf body) {
      int length = body.readInt();
      if (length < 0 || length > body.readableBytes()) {
        throw new IndexOutOfBoundsException("long string of " + length + " bytes");
      }
      return body.readCharSequence(length, StandardCharsets.UTF_8).toString();
    }

    private static ByteBuffer shortBytes(ByteBuf body) {
      int length = body.readUnsignedShort();
      byte[] bytes = new byte[length];
      body.readBytes(bytes);
      return ByteBuffer.wrap(bytes).asReadOnlyBuffer();
    }

    private static void skipBytesMap(ByteBuf body) {
      int entries = body.readUnsignedShort();
      for (int i = 0; i < entries; i++) {
        body.skipBytes(body.readUnsignedShort());
        int length = body.readInt();
        if (length > 0) {
          body.skipBytes(length);
        }
      }
    }
  }
}
