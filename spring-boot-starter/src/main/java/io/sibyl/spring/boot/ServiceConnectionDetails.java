package io.sibyl.spring.boot;

import java.net.InetSocketAddress;
import java.util.List;
import javax.net.ssl.SSLContext;

/**
 * The connection of a Spring Boot {@code CassandraConnectionDetails} bean (a service connection:
 * Testcontainers, Docker Compose...), which, unlike other {@link SibylConnectionDetails}, overrides
 * {@code sibyl.contact-points}, {@code sibyl.local-datacenter} and the credentials.
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

  /** The address of a service connection's node, resolved now. */
  static InetSocketAddress address(String host, int port) {
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
