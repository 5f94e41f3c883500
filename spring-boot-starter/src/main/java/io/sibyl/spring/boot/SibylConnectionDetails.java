package io.sibyl.spring.boot;

import java.net.InetSocketAddress;
import java.util.List;

/**
 * Where the auto-configured session connects when {@code sibyl.contact-points} is empty: the
 * embedded node's addresses, or those of a bean the application declares (a test container...).
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
}
