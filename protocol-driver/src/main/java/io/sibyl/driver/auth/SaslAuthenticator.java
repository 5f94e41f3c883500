package io.sibyl.driver.auth;

import io.sibyl.driver.error.AuthenticationException;
import java.net.InetSocketAddress;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import javax.security.auth.Subject;
import javax.security.sasl.Sasl;
import javax.security.sasl.SaslClient;
import javax.security.sasl.SaslException;

/**
 * One connection's JDK SASL client. The first step logs in (if the provider has a login), names the
 * server and creates the client; every step that may block runs on the provider's executor.
 */
final class SaslAuthenticator implements Authenticator {
  private static final byte[] EMPTY = new byte[0];

  private final SaslAuthProvider provider;
  private final InetSocketAddress node;
  private final String serverAuthenticator;
  private volatile Subject subject;
  private volatile String serverName;
  private volatile SaslClient client;

  SaslAuthenticator(SaslAuthProvider provider, InetSocketAddress node, String serverAuthenticator) {
    this.provider = provider;
    this.node = node;
    this.serverAuthenticator = serverAuthenticator;
  }

  @Override
  public byte[] initialResponse() {
    return join(initialResponseAsync());
  }

  @Override
  public byte[] evaluateChallenge(byte[] challenge) {
    return join(evaluateChallengeAsync(challenge));
  }

  @Override
  public CompletionStage<byte[]> initialResponseAsync() {
    return CompletableFuture.supplyAsync(this::start, provider.executor());
  }

  @Override
  public CompletionStage<byte[]> evaluateChallengeAsync(byte[] challenge) {
    return CompletableFuture.supplyAsync(() -> evaluate(challenge), provider.executor());
  }

  @Override
  public void onAuthenticationSuccess(byte[] token) {
    SaslClient current = client;
    try {
      if (current != null && !current.isComplete() && token != null) {
        evaluate(token);
      }
      if (current == null || !current.isComplete()) {
        throw failure(
            "the node accepted the login before the "
                + provider.mechanism()
                + " exchange was complete on the client side, so the node was not authenticated;"
                + " check that the node's authenticator ("
                + serverAuthenticator
                + ") runs the same mechanism",
            null);
      }
    } finally {
      dispose();
    }
  }

  private byte[] start() {
    try {
      subject = provider.login().subject(node);
      serverName = provider.serverNames().serverName(node);
      client =
          as(
              () ->
                  Sasl.createSaslClient(
                      new String[] {provider.mechanism()},
                      provider.authorizationId(),
                      provider.serviceName(),
                      serverName,
                      provider.saslProperties(),
                      provider.callbackHandler()));
    } catch (AuthenticationException e) {
      throw e;
    } catch (SaslException | RuntimeException e) {
      throw failure("cannot start the " + provider.mechanism() + " client: " + e, e);
    }
    if (client == null) {
      throw failure(
          "the JDK has no SASL client for mechanism "
              + provider.mechanism()
              + " (with the properties given); check the mechanism name and that its module is"
              + " present (GSSAPI is in jdk.security.jgss)",
          null);
    }
    return client.hasInitialResponse() ? evaluate(EMPTY) : EMPTY;
  }

  private byte[] evaluate(byte[] challenge) {
    SaslClient current = client;
    if (current == null) {
      throw failure("a challenge came before the exchange started", null);
    }
    try {
      byte[] response = as(() -> current.evaluateChallenge(challenge == null ? EMPTY : challenge));
      return response == null ? EMPTY : response;
    } catch (SaslException | RuntimeException e) {
      dispose();
      provider.login().invalidate();
      throw failure(provider.mechanism() + " failed on the client side: " + describe(e), e);
    }
  }

  private <T> T as(PrivilegedExceptionAction<T> action) throws SaslException {
    Subject current = subject;
    try {
      return current == null ? action.run() : Subject.doAs(current, action);
    } catch (PrivilegedActionException e) {
      if (e.getException() instanceof SaslException sasl) {
        throw sasl;
      }
      throw new SaslException(e.getException().toString(), e.getException());
    } catch (SaslException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new SaslException(e.toString(), e);
    }
  }

  private void dispose() {
    SaslClient current = client;
    if (current != null) {
      try {
        current.dispose();
      } catch (SaslException ignored) {
        // Nothing to release that matters once the exchange is over.
      }
    }
  }

  private AuthenticationException failure(String what, Throwable cause) {
    String service =
        provider.serviceName() + (serverName == null ? "" : "/" + serverName) + " (" + node + ")";
    return new AuthenticationException(
        node,
        provider.mechanism() + " login to " + service + ": " + what + "; " + provider.failureHint(),
        cause);
  }

  /** The exception and its causes' messages: the JDK puts the Kerberos reason in the causes. */
  private static String describe(Throwable error) {
    StringBuilder text = new StringBuilder(String.valueOf(error.getMessage()).strip());
    Throwable cause = error.getCause();
    for (int depth = 0; cause != null && depth < 4; depth++, cause = cause.getCause()) {
      if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
        text.append(" (").append(cause.getMessage().strip()).append(')');
      }
    }
    return text.toString();
  }

  private static byte[] join(CompletionStage<byte[]> stage) {
    try {
      return stage.toCompletableFuture().join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw e;
    }
  }
}
