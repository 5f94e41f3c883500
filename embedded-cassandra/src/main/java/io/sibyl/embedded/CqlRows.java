package io.sibyl.embedded;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The two ends of one native-protocol v4 QUERY that this module needs without a driver: the request
 * body (consistency ONE, no values) and the Rows result, for columns of simple types only (text
 * cells as text, inet cells as addresses, anything else as text of its bytes).
 */
final class CqlRows {

  /** RESULT opcode. */
  static final int OPCODE_RESULT = 0x08;

  /** QUERY opcode. */
  static final int OPCODE_QUERY = 0x07;

  private static final int KIND_ROWS = 0x0002;
  private static final int TYPE_INET = 0x0010;
  private static final int FLAG_GLOBAL_TABLES = 0x0001;
  private static final int FLAG_HAS_MORE_PAGES = 0x0002;
  private static final int FLAG_NO_METADATA = 0x0004;

  private CqlRows() {}

  /** A QUERY body: [long string] text, [short] consistency ONE, [byte] no flags. */
  static byte[] queryBody(String cql) {
    byte[] text = cql.getBytes(StandardCharsets.UTF_8);
    ByteBuffer body = ByteBuffer.allocate(4 + text.length + 2 + 1);
    body.putInt(text.length).put(text).putShort((short) 0x0001).put((byte) 0);
    return body.array();
  }

  /**
   * The rows of a RESULT body, each cell as text ({@code null} for null).
   *
   * @throws IOException if it is not a Rows result with metadata of simple column types
   */
  static List<List<String>> parse(ByteBuffer body) throws IOException {
    if (body.getInt() != KIND_ROWS) {
      throw new IOException("Not a Rows result");
    }
    int flags = body.getInt();
    int columns = body.getInt();
    if ((flags & FLAG_HAS_MORE_PAGES) != 0) {
      int length = body.getInt();
      body.position(body.position() + Math.max(0, length));
    }
    if ((flags & FLAG_NO_METADATA) != 0) {
      throw new IOException("A Rows result without metadata");
    }
    boolean global = (flags & FLAG_GLOBAL_TABLES) != 0;
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
      string(body);
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
}
