package io.sibyl.spring.boot;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import javax.net.ssl.SSLContext;
import org.springframework.boot.ssl.SslBundle;

/**
 * The connection of a Spring Boot {@code CassandraConnectionDetails} bean (a service connection:
 * Testcontainers, Docker Compose...), which, unlike other {@link SibylConnectionDetails}, overrides
 * {@code sibyl.contact-points}, {@code sibyl.local-datacenter} and the credentials. Boot 3 and Boot
 * 4 put {@code CassandraConnectionDetails} in different packages, so each Boot line's {@code
 * SibylServiceConnectionAutoConfiguration} only hands its bean's values to {@link #of}.
 */
record ServiceConnectionDetails(
    List<InetSocketAddress> contactPoints,
    String localDatacenter,
    String username,
    String password,
    SSLContext sslContext)
    implements SibylConnectionDetails {

  ServiceConnectionDetails {
    contactPoints = List.copyOf(contactPoints);
  }

  /**
   * The details of a service connection, from the values of a Boot {@code
   * CassandraConnectionDetails} bean.
   *
   * @param nodes the bean's contact points ({@code CassandraConnectionDetails.Node}s)
   * @param host a node's host
   * @param port a node's port
   * @param localDatacenter the bean's local data center
   * @param username the bean's user name, or null
   * @param password the bean's password, or null
   * @param sslBundle the bean's SSL bundle, or null for plain connections
   * @param <N> Boot's node type
   * @return the session's connection details, each contact point resolved now
   */
  static <N> ServiceConnectionDetails of(
      List<N> nodes,
      Function<N, String> host,
      ToIntFunction<N> port,
      String localDatacenter,
      String username,
      String password,
      SslBundle sslBundle) {
    List<InetSocketAddress> contactPoints =
        nodes.stream().map(node -> address(host.apply(node), port.applyAsInt(node))).toList();
    SSLContext sslContext = sslBundle == null ? null : sslBundle.createSslContext();
    return new ServiceConnectionDetails(
        contactPoints, localDatacenter, username, password, sslContext);
  }

  /** The address of a service connection's node, resolved now. */
  private static InetSocketAddress address(String host, int port) {
    InetSocketAddress address = new InetSocketAddress(host, port);
    if (address.isUnresolved()) {
      throw new SibylStartupException(
          "The Cassandra service connection's host "
              + host
              + " does not resolve: check the container or Docker Compose service it comes from");
    }
    return address;
  }

  @Override
  public String toString() {
    return "ServiceConnectionDetails" + contactPoints; // never the password
  }
}
