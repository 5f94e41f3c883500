package io.sibyl.driver.auth;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * One connection's side of a SASL exchange with a node's authenticator. Created per connection by
 * an {@link AuthProvider}.
 *
 * <p>The driver calls the asynchronous methods ({@link #initialResponseAsync()}, {@link
 * #evaluateChallengeAsync(byte[])}) on a driver I/O thread. Their default implementations call the
 * synchronous ones on that thread, which must then not block. An authenticator whose steps block (a
 * Kerberos ticket request, a DNS lookup) overrides the asynchronous methods and runs its steps
 * elsewhere, as {@link SaslAuthProvider} does.
 *
 * <p>A step that cannot go on throws (or completes its stage with) an {@link
 * io.sibyl.driver.error.AuthenticationException}; the connection attempt then fails with it.
 */
public interface Authenticator {
  /** The token sent in the first AUTH_RESPONSE. */
  byte[] initialResponse();

  /** Answers a challenge from the server with the next token. */
  byte[] evaluateChallenge(byte[] challenge);

  /**
   * The token sent in the first AUTH_RESPONSE, computed without blocking the calling I/O thread.
   * The default calls {@link #initialResponse()} on the calling thread.
   */
  default CompletionStage<byte[]> initialResponseAsync() {
    try {
      return CompletableFuture.completedFuture(initialResponse());
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * Answers a challenge without blocking the calling I/O thread. The default calls {@link
   * #evaluateChallenge(byte[])} on the calling thread.
   */
  default CompletionStage<byte[]> evaluateChallengeAsync(byte[] challenge) {
    try {
      return CompletableFuture.completedFuture(evaluateChallenge(challenge));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * Called on the I/O thread when the server accepted the login, with its final token (may be
   * null). Throwing an {@link io.sibyl.driver.error.AuthenticationException} here fails the
   * connection (for example when the server's last token does not complete a mutual
   * authentication).
   */
  default void onAuthenticationSuccess(byte[] token) {}
}
