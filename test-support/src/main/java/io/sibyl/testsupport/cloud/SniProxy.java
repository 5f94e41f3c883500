package io.sibyl.testsupport.cloud;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A TLS-passthrough proxy that routes on the server name (SNI) of each connection's ClientHello,
 * like a cloud database's SNI proxy: it reads the first TLS record, looks the name up in its routes
 * (a node's host id to the node's address), connects there, and then copies bytes both ways without
 * decrypting them. A connection with an unknown or missing name is closed.
 *
 * <p>For tests, on loopback; one thread per direction per connection.
 */
public final class SniProxy implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SniProxy.class);
  private static final int CONNECT_TIMEOUT_MILLIS = 5_000;

  private final ServerSocket server;
  private final Map<String, InetSocketAddress> routes = new ConcurrentHashMap<>();
  private final List<String> serverNames = new CopyOnWriteArrayList<>();
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private final AtomicInteger threadIds = new AtomicInteger();
  private volatile boolean closed;

  private SniProxy(ServerSocket server) {
    this.server = server;
  }

  /**
   * Starts a proxy listening on {@code address} at a free port.
   *
   * @throws IOException if it cannot listen
   */
  public static SniProxy start(InetAddress address) throws IOException {
    ServerSocket server = new ServerSocket(0, 50, address);
    SniProxy proxy = new SniProxy(server);
    proxy.thread("accept", proxy::acceptLoop).start();
    return proxy;
  }

  /** The address clients connect to. */
  public InetSocketAddress address() {
    return (InetSocketAddress) server.getLocalSocketAddress();
  }

  /** Routes connections whose server name is {@code serverName} to {@code target}. */
  public SniProxy route(String serverName, InetSocketAddress target) {
    routes.put(serverName, target);
    return this;
  }

  /** Stops routing {@code serverName}: new connections with that name are closed. */
  public SniProxy unroute(String serverName) {
    routes.remove(serverName);
    return this;
  }

  /** The server names of every connection so far, in arrival order (null for none). */
  public List<String> serverNames() {
    return new ArrayList<>(serverNames);
  }

  /** Stops listening and closes every connection. */
  @Override
  public void close() throws IOException {
    closed = true;
    server.close();
    for (Socket socket : sockets) {
      closeQuietly(socket);
    }
  }

  private void acceptLoop() {
    while (!closed) {
      Socket client;
      try {
        client = server.accept();
      } catch (IOException e) {
        if (!closed) {
          LOG.warn("SNI proxy stopped accepting: {}", e.toString());
        }
        return;
      }
      sockets.add(client);
      thread("route", () -> route(client)).start();
    }
  }

  private void route(Socket client) {
    Socket backend = null;
    try {
      DataInputStream in = new DataInputStream(client.getInputStream());
      byte[] header = new byte[5];
      in.readFully(header);
      byte[] body = new byte[ClientHello.recordLength(header)];
      in.readFully(body);
      String name = ClientHello.serverName(body);
      serverNames.add(name);
      InetSocketAddress target = name == null ? null : routes.get(name);
      if (target == null) {
        LOG.info("SNI proxy: no route for server name {}; closing", name);
        closeQuietly(client);
        return;
      }
      backend = new Socket();
      sockets.add(backend);
      backend.connect(target, CONNECT_TIMEOUT_MILLIS);
      OutputStream toBackend = backend.getOutputStream();
      toBackend.write(header);
      toBackend.write(body);
      toBackend.flush();
      Socket server = backend;
      thread("up", () -> pump(in, server, client)).start();
      pump(backend.getInputStream(), client, server);
    } catch (IOException | RuntimeException e) {
      if (!closed) {
        LOG.debug("SNI proxy connection ended: {}", e.toString());
      }
      closeQuietly(client);
      if (backend != null) {
        closeQuietly(backend);
      }
    }
  }

  private void pump(InputStream from, Socket to, Socket other) {
    byte[] buffer = new byte[16 * 1024];
    try {
      OutputStream out = to.getOutputStream();
      int read;
      while ((read = from.read(buffer)) >= 0) {
        out.write(buffer, 0, read);
        out.flush();
      }
    } catch (IOException e) {
      // the connection ended; close both sides below
    } finally {
      closeQuietly(to);
      closeQuietly(other);
    }
  }

  private Thread thread(String role, Runnable body) {
    Thread thread = new Thread(body, "sni-proxy-" + role + "-" + threadIds.getAndIncrement());
    thread.setDaemon(true);
    return thread;
  }

  private void closeQuietly(Socket socket) {
    sockets.remove(socket);
    try {
      socket.close();
    } catch (IOException e) {
      // closing anyway
    }
  }
}
