package io.sibyl.testsupport.proxy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Hand-made native-protocol bytes for the tests. */
final class Envelopes {
  private Envelopes() {}

  static byte[] envelope(int version, int flags, int stream, Opcode opcode, byte[] body) {
    ByteBuffer buffer = ByteBuffer.allocate(9 + body.length);
    buffer.put((byte) version).put((byte) flags).putShort((short) stream);
    buffer.put((byte) opcode.code()).putInt(body.length).put(body);
    return buffer.array();
  }

  static byte[] request(int version, int stream, Opcode opcode, byte[] body) {
    return envelope(version, 0, stream, opcode, body);
  }

  static byte[] response(int version, int stream, Opcode opcode, byte[] body) {
    return envelope(0x80 | version, 0, stream, opcode, body);
  }

  static byte[] query(int version, int stream, String cql) {
    byte[] text = cql.getBytes(StandardCharsets.UTF_8);
    ByteBuffer body = ByteBuffer.allocate(4 + text.length + 2 + 4);
    body.putInt(text.length).put(text).putShort((short) 1).putInt(0);
    return request(version, stream, Opcode.QUERY, body.array());
  }

  static byte[] execute(int version, int stream, byte[] id) {
    ByteBuffer body = ByteBuffer.allocate(2 + id.length + 2 + 4);
    body.putShort((short) id.length).put(id).putShort((short) 1).putInt(0);
    return request(version, stream, Opcode.EXECUTE, body.array());
  }

  /**
   * A QUERY (or, with {@code preparedId}, an EXECUTE; v5 with a result metadata id) whose
   * parameters hold two values, a page size, a paging state, a serial consistency and a client
   * timestamp.
   */
  static byte[] stamped(int version, int stream, String cql, byte[] preparedId, long timestamp) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (preparedId == null) {
      byte[] text = cql.getBytes(StandardCharsets.UTF_8);
      out.writeBytes(ByteBuffer.allocate(4).putInt(text.length).array());
      out.writeBytes(text);
    } else {
      writeShort(out, preparedId.length);
      out.writeBytes(preparedId);
      if (version >= 5) {
        writeShort(out, 2);
        out.writeBytes(new byte[] {7, 7});
      }
    }
    writeShort(out, 0x0004); // QUORUM
    int flags = 0x01 | 0x04 | 0x08 | 0x10 | 0x20;
    if (version >= 5) {
      out.writeBytes(ByteBuffer.allocate(4).putInt(flags).array());
    } else {
      out.write(flags);
    }
    writeShort(out, 2);
    out.writeBytes(ByteBuffer.allocate(4 + 4 + 4).putInt(4).putInt(42).putInt(-1).array());
    out.writeBytes(ByteBuffer.allocate(4).putInt(100).array()); // page size
    out.writeBytes(ByteBuffer.allocate(4 + 3).putInt(3).put(new byte[] {1, 2, 3}).array());
    writeShort(out, 0x0009); // SERIAL
    out.writeBytes(ByteBuffer.allocate(8).putLong(timestamp).array());
    return request(
        version, stream, preparedId == null ? Opcode.QUERY : Opcode.EXECUTE, out.toByteArray());
  }

  static byte[] startup(int version, int stream, Map<String, String> options) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    writeShort(body, options.size());
    options.forEach(
        (key, value) -> {
          writeString(body, key);
          writeString(body, value);
        });
    return request(version, stream, Opcode.STARTUP, body.toByteArray());
  }

  static byte[] voidResult(int version, int stream) {
    return response(version, stream, Opcode.RESULT, new byte[] {0, 0, 0, 1});
  }

  static byte[] preparedResult(int version, int stream, byte[] id) {
    ByteBuffer body = ByteBuffer.allocate(4 + 2 + id.length + 8);
    body.putInt(4).putShort((short) id.length).put(id).putInt(0).putInt(0);
    return response(version, stream, Opcode.RESULT, body.array());
  }

  /** An uncompressed v5 segment (the payload CRC32 is not checked by the proxy: zeros). */
  static byte[] segment(boolean selfContained, byte[]... envelopes) {
    byte[] payload = concat(envelopes);
    long header = payload.length | (selfContained ? 1L << 17 : 0);
    ByteBuffer buffer = ByteBuffer.allocate(6 + payload.length + 4);
    putLittleEndian(buffer, header, 3);
    putLittleEndian(buffer, Crc24.of(header, 3), 3);
    buffer.put(payload).putInt(0);
    return buffer.array();
  }

  /** An LZ4 v5 segment; uncompressedLength 0 marks a payload sent as is. */
  static byte[] lz4Segment(boolean selfContained, int uncompressedLength, byte[] payload) {
    long header =
        payload.length | ((long) uncompressedLength << 17) | (selfContained ? 1L << 34 : 0);
    ByteBuffer buffer = ByteBuffer.allocate(8 + payload.length + 4);
    putLittleEndian(buffer, header, 5);
    putLittleEndian(buffer, Crc24.of(header, 5), 3);
    buffer.put(payload).putInt(0);
    return buffer.array();
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static void putLittleEndian(ByteBuffer buffer, long value, int bytes) {
    for (int i = 0; i < bytes; i++) {
      buffer.put((byte) (value >>> (8 * i)));
    }
  }

  private static void writeShort(ByteArrayOutputStream out, int value) {
    out.write(value >>> 8);
    out.write(value);
  }

  private static void writeString(ByteArrayOutputStream out, String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    writeShort(out, bytes.length);
    out.writeBytes(bytes);
  }
}
