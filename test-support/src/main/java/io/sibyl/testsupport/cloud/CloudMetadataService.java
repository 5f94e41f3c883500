package io.sibyl.testsupport.cloud;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * A cloud metadata service for tests: {@code GET /metadata} over HTTPS with mutual TLS answers the
 * JSON a secure connect bundle's client expects ({@code contact_info} with {@code
 * sni_proxy_address}, {@code local_dc} and {@code contact_points}). The answer can be changed while
 * it runs.
 */
public final class CloudMetadataService implements AutoCloseable {
  private final HttpsServer server;
  private final AtomicInteger requests = new AtomicInteger();
  private volatile String body;

  private CloudMetadataService(HttpsServer server) {
    this.server = server;
  }

  /**
   * Starts the service on {@code address} at a free port.
   *
   * @param context the service's TLS identity, and the trust that checks client certificates
   * @param answer what it answers
   * @throws IOException if it cannot listen
   */
  public static CloudMetadataService start(
      InetAddress address, SSLContext context, ContactInfo answer) throws IOException {
    HttpsServer server = HttpsServer.create(new InetSocketAddress(address, 0), 0);
    server.setHttpsConfigurator(
        new HttpsConfigurator(context) {
          @Override
          public void configure(HttpsParameters parameters) {
            SSLParameters ssl = context.getDefaultSSLParameters();
            ssl.setNeedClientAuth(true);
            parameters.setSSLParameters(ssl);
          }
        });
    CloudMetadataService service = new CloudMetadataService(server);
    service.answer(answer);
    server.createContext("/metadata", service::handle);
    server.start();
    return service;
  }

  /**
   * What the service says.
   *
   * @param sniProxy the proxy's address
   * @param localDatacenter the local data center
   * @param hostIds the nodes' host ids (contact points)
   */
  public record ContactInfo(
      InetSocketAddress sniProxy, String localDatacenter, List<UUID> hostIds) {
    /** Copies {@code hostIds}. */
    public ContactInfo {
      Objects.requireNonNull(sniProxy, "sniProxy");
      hostIds = List.copyOf(hostIds);
    }
  }

  /** Changes the answer to later requests. */
  public void answer(ContactInfo answer) {
    String points =
        answer.hostIds().stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(","));
    this.body =
        "{\"version\":1,\"region\":\"loopback\",\"contact_info\":{\"type\":\"sni_proxy\","
            + "\"local_dc\":\""
            + answer.localDatacenter()
            + "\",\"contact_points\":["
            + points
            + "],\"sni_proxy_address\":\""
            + answer.sniProxy().getHostString()
            + ":"
            + answer.sniProxy().getPort()
            + "\"}}";
  }

  /** The service's address. */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  /** How many requests it answered. */
  public int requests() {
    return requests.get();
  }

  /** Stops the service. */
  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      requests.incrementAndGet();
      if (!"GET".equals(exchange.getRequestMethod())) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }
}
