package io.sibyl.embedded;

import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A tiny native-protocol v4 client for tests (this module has no driver): STARTUP without
 * authentication, then one QUERY at consistency ONE whose result columns are text or inet.
 */
final class RawCql {

  private static final int OPCODE_QUERY = 0x07;
  private static final int OPCODE_RESULT = 0x08;
  private static final int KIND_ROWS = 0x0002;
  private static final int TYPE_INET = 0x0010;

  private RawCql() {}

  /** Runs {@code cql} on {@code node} and returns its rows, every cell as text. */
  static List<List<String>> query(InetSocketAddress node, String cql) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(node, 5_000);
      socket.setSoTimeout(10_000);
      DataInputStream in = new DataInputStream(socket.getInputStream());
      socket
          .getOutputStream()
          .write(
              NativeProtocolProbe.request(
                  NativeProtocolProbe.OPCODE_STARTUP, NativeProtocolProbe.startupBody()));
      expect(read(in), NativeProtocolProbe.OPCODE_READY, cql);
      socket.getOutputStream().write(NativeProtocolProbe.request(OPCODE_QUERY, queryBody(cql)));
      ByteBuffer result = expect(read(in), OPCODE_RESULT, cql);
      return rows(result);
    }
  }

  private static byte[] queryBody(String cql) {
    byte[] text = cql.getBytes(StandardCharsets.UTF_8);
    ByteBuffer body = ByteBuffer.allocate(4 + text.length + 2 + 1);
    body.putInt(text.length).put(text).putShort((short) 0x0001).put((byte) 0);
    return body.array();
  }

  /** One frame: [opcode, body]. */
  private static Object[] read(DataInputStream in) throws IOException {
    byte[] header = new byte[9];
    in.readFully(header);
    int opcode = header[4] & 0xFF;
    byte[] body = new byte[ByteBuffer.wrap(header, 5, 4).getInt()];
    in.readFully(body);
    return new Object[] {opcode, ByteBuffer.wrap(body)};
  }

  private static ByteBuffer expect(Object[] frame, int opcode, String cql) throws IOException {
    ByteBuffer body = (ByteBuffer) frame[1];
    if ((int) frame[0] != opcode) {
      throw new IOException("Unexpected response " + frame[0] + " to " + cql + ": " + body);
    }
    return body;
  }

  private static List<List<String>> rows(ByteBuffer body) throws IOException {
    if (body.getInt() != KIND_ROWS) {
      throw new IOException("Not a Rows result");
    }
    int flags = body.getInt();
    int columns = body.getInt();
    if ((flags & 0x0002) != 0) {
      skipBytes(body); // paging state
    }
    boolean global = (flags & 0x0001) != 0;
    if (global) {
      string(body);
      string(body);
    }
    List<Integer> types = new ArrayList<>();
    for (int i = 0; i < columns; i++) {
      if (!global) {
        string(body);
        string(body);
      }
      string(body); // name
      int type = body.getShort() & 0xFFFF;
      if (type == 0x0000 || type >= 0x0020) {
        throw new IOException("Only simple column types are supported, not 0x" + type);
      }
      types.add(type);
    }
    List<List<String>> rows = new ArrayList<>();
    int count = body.getInt();
    for (int r = 0; r < count; r++) {
      List<String> row = new ArrayList<>();
      for (int type : types) {
        int length = body.getInt();
        if (length < 0) {
          row.add(null);
          continue;
        }
        byte[] cell = new byte[length];
        body.get(cell);
        row.add(
            type == TYPE_INET
                ? InetAddress.getByAddress(cell).getHostAddress()
                : new String(cell, StandardCharsets.UTF_8));
      }
      rows.add(row);
    }
    return rows;
  }

  private static String string(ByteBuffer body) {
    byte[] text = new byte[body.getShort() & 0xFFFF];
    body.get(text);
    return new String(text, StandardCharsets.UTF_8);
  }

  private static void skipBytes(ByteBuffer body) {
    int length = body.getInt();
    if (length > 0) {
      body.position(body.position() + length);
    }
  }
}
