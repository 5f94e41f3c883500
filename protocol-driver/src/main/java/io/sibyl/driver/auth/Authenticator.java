package io.sibyl.driver.auth;

/**
 * One connection's side of a SASL exchange with a node's authenticator. Created per connection by
 * an {@link AuthProvider}; called on a driver I/O thread, so it must not block.
 */
public interface Authenticator {
  /** The token sent in the first AUTH_RESPONSE. */
  byte[] initialResponse();

  /** Answers a challenge from the server with the next token. */
  byte[] evaluateChallenge(byte[] challenge);

  /** Called when the server accepted the login, with its final token (may be null). */
  default void onAuthenticationSuccess(byte[] token) {}
}
