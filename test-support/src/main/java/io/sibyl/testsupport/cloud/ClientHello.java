package io.sibyl.testsupport.cloud;

import java.nio.charset.StandardCharsets;

/** Finds the server name (SNI) in the first TLS record of a connection: a ClientHello. */
final class ClientHello {
  private static final int HANDSHAKE = 22;
  private static final int CLIENT_HELLO = 1;
  private static final int SERVER_NAME_EXTENSION = 0;
  private static final int HOST_NAME = 0;

  private ClientHello() {}

  /**
   * The length of the TLS record that starts {@code header} (5 bytes).
   *
   * @throws IllegalArgumentException if it is not a handshake record
   */
  static int recordLength(byte[] header) {
    if ((header[0] & 0xff) != HANDSHAKE) {
      throw new IllegalArgumentException(
          "the connection does not start with a TLS handshake record (type " + header[0] + ")");
    }
    return ((header[3] & 0xff) << 8) | (header[4] & 0xff);
  }

  /**
   * The host name in the server-name extension of the ClientHello in {@code record} (the record's
   * body, without its 5-byte header), or null if it has none.
   *
   * @throws IllegalArgumentException if the record is not a complete ClientHello
   */
  static String serverName(byte[] record) {
    try {
      int at = 0;
      if ((record[at] & 0xff) != CLIENT_HELLO) {
        throw new IllegalArgumentException("the first handshake message is not a ClientHello");
      }
      at += 4; // type, 3-byte length
      at += 2 + 32; // client version, random
      at += 1 + (record[at] & 0xff); // session id
      at += 2 + u16(record, at); // cipher suites
      at += 1 + (record[at] & 0xff); // compression methods
      if (at >= record.length) {
        return null;
      }
      int end = at + 2 + u16(record, at);
      at += 2;
      while (at + 4 <= end) {
        int type = u16(record, at);
        int length = u16(record, at + 2);
        at += 4;
        if (type == SERVER_NAME_EXTENSION) {
          int list = at + 2;
          int listEnd = at + 2 + u16(record, at);
          while (list + 3 <= listEnd) {
            int nameType = record[list] & 0xff;
            int nameLength = u16(record, list + 1);
            if (nameType == HOST_NAME) {
              return new String(record, list + 3, nameLength, StandardCharsets.US_ASCII);
            }
            list += 3 + nameLength;
          }
          return null;
        }
        at += length;
      }
      return null;
    } catch (ArrayIndexOutOfBoundsException | StringIndexOutOfBoundsException e) {
      throw new IllegalArgumentException("truncated ClientHello", e);
    }
  }

  private static int u16(byte[] bytes, int at) {
    return ((bytes[at] & 0xff) << 8) | (bytes[at + 1] & 0xff);
  }
}
