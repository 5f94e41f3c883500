package io.sibyl.driver.auth;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Logs in with a user name and password through SASL PLAIN, as Cassandra's PasswordAuthenticator
 * expects. The password is never logged nor put in an exception message.
 */
public final class PlainTextAuthProvider implements AuthProvider {
  private final String username;
  private final String password;

  /** Creates a provider for the given credentials. */
  public PlainTextAuthProvider(String username, String password) {
    this.username = Objects.requireNonNull(username, "username");
    this.password = Objects.requireNonNull(password, "password");
  }

  /** The user name (the password is not exposed). */
  public String username() {
    return username;
  }

  @Override
  public Authenticator newAuthenticator(InetSocketAddress node, String serverAuthenticator) {
    return new Authenticator() {
      @Override
      public byte[] initialResponse() {
        byte[] user = username.getBytes(StandardCharsets.UTF_8);
        byte[] pass = password.getBytes(StandardCharsets.UTF_8);
        // SASL PLAIN: authorization id (empty), NUL, user, NUL, password.
        byte[] token = new byte[user.length + pass.length + 2];
        System.arraycopy(user, 0, token, 1, user.length);
        System.arraycopy(pass, 0, token, user.length + 2, pass.length);
        return token;
      }

      @Override
      public byte[] evaluateChallenge(byte[] challenge) {
        return initialResponse();
      }
    };
  }

  @Override
  public String toString() {
    return "PlainTextAuthProvider[" + username + "]";
  }
}
