package io.sibyl.testsupport.proxy;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small blocking server on 127.0.0.1 for the proxy's tests: either an echo server, or a fake node
 * that answers each v4/v5-header envelope with a void RESULT on the same stream.
 */
final class TestServer implements AutoCloseable {
  private final ServerSocket serverSocket;
  private final boolean fakeNode;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final Thread acceptor;

  private TestServer(boolean fakeNode) throws IOException {
    this.fakeNode = fakeNode;
    this.serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.acceptor = new Thread(this::acceptLoop, "test-server-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  static TestServer echo() throws IOException {
    return new TestServer(false);
  }

  static TestServer fakeNode() throws IOException {
    return new TestServer(true);
  }

  InetSocketAddress address() {
    return (InetSocketAddress) serverSocket.getLocalSocketAddress();
  }

  private void acceptLoop() {
    while (!serverSocket.isClosed()) {
      try {
        Socket socket = serverSocket.accept();
        sockets.add(socket);
        Thread worker = new Thread(() -> serve(socket), "test-server-conn");
        worker.setDaemon(true);
        worker.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      InputStream in = socket.getInputStream();
      OutputStream out = socket.getOutputStream();
      if (fakeNode) {
        DataInputStream data = new DataInputStream(in);
        while (true) {
          int version = data.readUnsignedByte();
          data.readUnsignedByte();
          int stream = data.readShort();
          data.readUnsignedByte();
          int length = data.readInt();
          data.skipNBytes(length);
          out.write(Envelopes.voidResult(version & 0x7F, stream));
          out.flush();
        }
      } else {
        byte[] buffer = new byte[8192];
        int read;
        while ((read = in.read(buffer)) >= 0) {
          out.write(buffer, 0, read);
          out.flush();
        }
      }
    } catch (IOException e) {
      // the client or the proxy went away
    }
  }

  @Override
  public void close() throws IOException {
    serverSocket.close();
    for (Socket socket : sockets) {
      socket.close();
    }
  }
}
