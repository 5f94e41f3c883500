package io.sibyl.embedded;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * Asks a node over raw native-protocol v4 frames whether it serves CQL, and whether it accepts a
 * login, without any driver.
 *
 * <p>A v4 frame header is 9 bytes: version, flags, a 2-byte stream id, the opcode and a 4-byte body
 * length. Every request here uses stream 0 and waits for its one response.
 */
final class NativeProtocolProbe {

  static final int VERSION_4 = 0x04;
  static final int OPCODE_ERROR = 0x00;
  static final int OPCODE_STARTUP = 0x01;
  static final int OPCODE_READY = 0x02;
  static final int OPCODE_AUTHENTICATE = 0x03;
  static final int OPCODE_OPTIONS = 0x05;
  static final int OPCODE_SUPPORTED = 0x06;
  static final int OPCODE_AUTH_RESPONSE = 0x0F;
  static final int OPCODE_AUTH_SUCCESS = 0x10;

  /** A complete OPTIONS request: v4, no flags, stream 0, opcode OPTIONS, empty body. */
  static final byte[] OPTIONS_REQUEST = {VERSION_4, 0, 0, 0, OPCODE_OPTIONS, 0, 0, 0, 0};

  private static final int MAX_BODY = 1 << 20;

  private final InetSocketAddress address;
  private final SSLContext tls;
  private final Duration timeout;

  /**
   * @param address the node's native address
   * @param tls the TLS context to connect with, or {@code null} for plain TCP
   * @param timeout the connect and read timeout of one attempt
   */
  NativeProtocolProbe(InetSocketAddress address, SSLContext tls, Duration timeout) {
    this.address = address;
    this.tls = tls;
    this.timeout = timeout;
  }

  /** Whether the node answers OPTIONS with SUPPORTED; {@code false} on any failure. */
  boolean answersOptions() {
    try (Socket socket = connect()) {
      send(socket, OPTIONS_REQUEST);
      return readOpcode(socket) == OPCODE_SUPPORTED;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Whether the node accepts a session for {@code username}: STARTUP, then, if the node asks for
   * it, a SASL PLAIN AUTH_RESPONSE. {@code false} on any failure, including wrong credentials
   * (which is also what a node says before it has created its default superuser).
   */
  boolean acceptsLogin(String username, String password) {
    try (Socket socket = connect()) {
      send(socket, request(OPCODE_STARTUP, startupBody()));
      int response = readOpcode(socket);
      if (response == OPCODE_READY) {
        return true;
      }
      if (response != OPCODE_AUTHENTICATE) {
        return false;
      }
      send(socket, request(OPCODE_AUTH_RESPONSE, plainToken(username, password)));
      return readOpcode(socket) == OPCODE_AUTH_SUCCESS;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Runs one query and returns its rows (see {@link CqlRows}).
   *
   * @param username the user to log in as if the node asks, or {@code null} for none
   * @throws IOException on any failure: no connection, login refused, an ERROR response
   */
  List<List<String>> query(String cql, String username, String password) throws IOException {
    try (Socket socket = connect()) {
      send(socket, request(OPCODE_STARTUP, startupBody()));
      Frame response = readFrame(socket);
      if (response.opcode() == OPCODE_AUTHENTICATE && username != null) {
        send(socket, request(OPCODE_AUTH_RESPONSE, plainToken(username, password)));
        response = readFrame(socket);
        if (response.opcode() != OPCODE_AUTH_SUCCESS) {
          throw new IOException("Login refused by " + address);
        }
      } else if (response.opcode() != OPCODE_READY) {
        throw new IOException("STARTUP not accepted by " + address);
      }
      send(socket, request(CqlRows.OPCODE_QUERY, CqlRows.queryBody(cql)));
      response = readFrame(socket);
      if (response.opcode() != CqlRows.OPCODE_RESULT) {
        throw new IOException("No result for " + cql + " from " + address);
      }
      return CqlRows.parse(ByteBuffer.wrap(response.body()));
    }
  }

  private Socket connect() throws IOException {
    int millis = (int) timeout.toMillis();
    Socket socket = new Socket();
    try {
      socket.connect(address, millis);
      socket.setSoTimeout(millis);
      if (tls == null) {
        return socket;
      }
      SSLSocket secure =
          (SSLSocket)
              tls.getSocketFactory()
                  .createSocket(socket, address.getHostString(), address.getPort(), true);
      secure.setSoTimeout(millis);
      secure.startHandshake();
      return secure;
    } catch (IOException | RuntimeException e) {
      socket.close();
      throw e;
    }
  }

  private static void send(Socket socket, byte[] frame) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(frame);
    out.flush();
  }

  static byte[] request(int opcode, byte[] body) {
    ByteBuffer frame = ByteBuffer.allocate(9 + body.length);
    frame.put((byte) VERSION_4).put((byte) 0).putShort((short) 0).put((byte) opcode);
    frame.putInt(body.length).put(body);
    return frame.array();
  }

  /** A [string map] with CQL_VERSION 3.0.0, the only STARTUP option a server requires. */
  static byte[] startupBody() {
    byte[] key = "CQL_VERSION".getBytes(StandardCharsets.UTF_8);
    byte[] value = "3.0.0".getBytes(StandardCharsets.UTF_8);
    ByteBuffer body = ByteBuffer.allocate(2 + 2 + key.length + 2 + value.length);
    body.putShort((short) 1);
    body.putShort((short) key.length).put(key);
    body.putShort((short) value.length).put(value);
    return body.array();
  }

  /** A [bytes] SASL PLAIN token: NUL, user, NUL, password. */
  static byte[] plainToken(String username, String password) {
    byte[] user = username.getBytes(StandardCharsets.UTF_8);
    byte[] pass = password.getBytes(StandardCharsets.UTF_8);
    int tokenLength = 1 + user.length + 1 + pass.length;
    ByteBuffer body = ByteBuffer.allocate(4 + tokenLength);
    body.putInt(tokenLength).put((byte) 0).put(user).put((byte) 0).put(pass);
    return body.array();
  }

  /** One response frame. */
  private record Frame(int opcode, byte[] body) {}

  /** Reads one response frame, checks its header and returns its opcode. */
  private static int readOpcode(Socket socket) throws IOException {
    return readFrame(socket).opcode();
  }

  /** Reads one response frame and checks its header. */
  private static Frame readFrame(Socket socket) throws IOException {
    DataInputStream in = new DataInputStream(socket.getInputStream());
    byte[] header = new byte[9];
    in.readFully(header);
    ByteBuffer fields = ByteBuffer.wrap(header);
    int version = fields.get() & 0x7F;
    fields.get(); // flags
    fields.getShort(); // stream
    int opcode = fields.get() & 0xFF;
    int length = fields.getInt();
    if (version != VERSION_4 || length < 0 || length > MAX_BODY) {
      throw new IOException("Not a v4 response frame from " + socket.getRemoteSocketAddress());
    }
    byte[] body = new byte[length];
    in.readFully(body);
    return new Frame(opcode, body);
  }
}
