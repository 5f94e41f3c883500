package io.sibyl.spring.boot;

import java.net.InetSocketAddress;
import java.util.List;
import javax.net.ssl.SSLContext;

/**
 * Where the auto-configured session connects when {@code sibyl.contact-points} is empty: the
 * embedded node's addresses, or those of a bean the application declares (a test container...).
 * Spring Boot's own {@code CassandraConnectionDetails} (what {@code @ServiceConnection} makes of a
 * Testcontainers {@code CassandraContainer}) is turned into one of these, and then takes precedence
 * over the {@code sibyl.*} connection properties, as Boot's service connections do.
 */
public interface SibylConnectionDetails {

  /** The contact points. */
  List<InetSocketAddress> contactPoints();

  /** The local data center, or null. */
  String localDatacenter();

  /** The user name, or null for no authentication. */
  default String username() {
    return null;
  }

  /** The password, or null. */
  default String password() {
    return null;
  }

  /**
   * The TLS context to connect with, or null; {@code sibyl.ssl.bundle}, when set, takes precedence.
   */
  default SSLContext sslContext() {
    return null;
  }
}
