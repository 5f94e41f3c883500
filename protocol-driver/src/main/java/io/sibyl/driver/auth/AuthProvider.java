package io.sibyl.driver.auth;

import java.net.InetSocketAddress;

/**
 * Supplies an {@link Authenticator} for each connection to a node that asks for authentication.
 * Implement it to support a server-side authenticator other than Cassandra's PasswordAuthenticator;
 * {@link PlainTextAuthProvider} covers that one.
 */
public interface AuthProvider {
  /**
   * Returns an authenticator for a new connection.
   *
   * @param node the node being connected to
   * @param serverAuthenticator the class name of the server's authenticator, as it announced it
   */
  Authenticator newAuthenticator(InetSocketAddress node, String serverAuthenticator);
}
