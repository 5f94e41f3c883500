package io.sibyl.driver.cloud;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.net.ssl.SSLException;

/**
 * Asks a bundle's metadata service ({@code GET https://host:port/metadata}, over mutual TLS with
 * the bundle's certificates) for the SNI proxy, the local data center and the nodes' host ids.
 */
public final class CloudMetadataClient {
  private CloudMetadataClient() {}

  /**
   * Fetches the contact information; completes within about {@code timeout}.
   *
   * @param bundle the bundle naming the service and holding the certificates
   * @param timeout the time allowed for connecting and for the answer
   * @return completes with the contact information, or fails with {@link CloudMetadataException}
   */
  public static CompletableFuture<CloudContactInfo> fetch(
      SecureConnectBundle bundle, Duration timeout) {
    URI uri = uri(bundle);
    HttpClient client =
        HttpClient.newBuilder()
            .sslContext(bundle.sslContext())
            .connectTimeout(timeout)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .header("Accept", "application/json")
            .GET()
            .build();
    return client
        .sendAsync(request, HttpResponse.BodyHandlers.ofString())
        .handle(
            (response, error) -> {
              if (error != null) {
                throw failure(uri, timeout, unwrap(error));
              }
              if (response.statusCode() != 200) {
                throw new CloudMetadataException(
                    "The cloud metadata service "
                        + uri
                        + " answered HTTP "
                        + response.statusCode()
                        + "; check that the database is running and the bundle is current");
              }
              return parse(uri, response.body());
            });
  }

  /**
   * Reads the service's JSON answer: {@code contact_info} with {@code sni_proxy_address} ({@code
   * host:port}), {@code local_dc} and {@code contact_points} (host ids).
   *
   * @throws CloudMetadataException if a field is missing or malformed
   */
  @SuppressWarnings("unchecked")
  static CloudContactInfo parse(URI uri, String body) {
    try {
      Map<String, Object> root = (Map<String, Object>) Json.parse(body);
      Map<String, Object> info = (Map<String, Object>) root.get("contact_info");
      if (info == null) {
        throw new IllegalArgumentException("no 'contact_info'");
      }
      String proxy = (String) info.get("sni_proxy_address");
      if (proxy == null) {
        throw new IllegalArgumentException("no 'contact_info.sni_proxy_address'");
      }
      int colon = proxy.lastIndexOf(':');
      if (colon <= 0) {
        throw new IllegalArgumentException("'sni_proxy_address' is not host:port: " + proxy);
      }
      String host = proxy.substring(0, colon);
      if (host.startsWith("[") && host.endsWith("]")) {
        host = host.substring(1, host.length() - 1);
      }
      int port = Integer.parseInt(proxy.substring(colon + 1));
      List<Object> points = (List<Object>) info.get("contact_points");
      if (points == null || points.isEmpty()) {
        throw new IllegalArgumentException("no 'contact_info.contact_points'");
      }
      List<UUID> hostIds = new ArrayList<>();
      for (Object point : points) {
        hostIds.add(UUID.fromString((String) point));
      }
      return new CloudContactInfo(
          InetSocketAddress.createUnresolved(host, port), (String) info.get("local_dc"), hostIds);
    } catch (RuntimeException e) {
      throw new CloudMetadataException(
          "The cloud metadata service " + uri + " answered something unexpected: " + e, e);
    }
  }

  private static URI uri(SecureConnectBundle bundle) {
    String host = bundle.metadataHost();
    if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
      host = "[" + host + "]";
    }
    return URI.create("https://" + host + ":" + bundle.metadataPort() + "/metadata");
  }

  private static CloudMetadataException failure(URI uri, Duration timeout, Throwable error) {
    if (error instanceof CloudMetadataException known) {
      return known;
    }
    String what;
    if (error instanceof HttpTimeoutException) {
      what = "did not answer within " + timeout.toMillis() + " ms";
    } else if (error instanceof SSLException) {
      what =
          "refused the TLS handshake ("
              + error.getMessage()
              + "); the bundle may be for another database or revoked, download it again";
    } else {
      what = "cannot be reached (" + error + ")";
    }
    return new CloudMetadataException(
        "The cloud metadata service "
            + uri
            + " "
            + what
            + "; check the network path to it and that the database is running",
        error);
  }

  private static Throwable unwrap(Throwable error) {
    while (error instanceof CompletionException && error.getCause() != null) {
      error = error.getCause();
    }
    return error;
  }
}
