package io.sibyl.driver.internal.connection;

import io.sibyl.driver.DriverException;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.auth.Authenticator;
import io.sibyl.driver.error.AuthenticationException;
import io.sibyl.driver.error.ProtocolException;
import io.sibyl.driver.error.UnsupportedProtocolVersionException;
import io.sibyl.driver.internal.protocol.Frame;
import io.sibyl.driver.internal.protocol.Message;
import io.sibyl.driver.internal.protocol.Request;
import io.sibyl.driver.internal.protocol.message.AuthChallenge;
import io.sibyl.driver.internal.protocol.message.AuthResponse;
import io.sibyl.driver.internal.protocol.message.AuthSuccess;
import io.sibyl.driver.internal.protocol.message.Authenticate;
import io.sibyl.driver.internal.protocol.message.Error;
import io.sibyl.driver.internal.protocol.message.Options;
import io.sibyl.driver.internal.protocol.message.Ready;
import io.sibyl.driver.internal.protocol.message.Register;
import io.sibyl.driver.internal.protocol.message.Startup;
import io.sibyl.driver.internal.protocol.message.Supported;
import io.sibyl.driver.internal.util.ErrorMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * Brings a new connection to the point where it can take requests: OPTIONS/SUPPORTED (to check that
 * compression is available), STARTUP, then READY or the SASL exchange
 * (AUTHENTICATE/AUTH_RESPONSE/AUTH_CHALLENGE/AUTH_SUCCESS), then {@code USE keyspace} and REGISTER
 * when asked. Runs once per connection, so clarity beats allocation here.
 */
final class Handshake {
  static final String CQL_VERSION = "3.0.0";
  static final String DRIVER_NAME = "Sibyl";
  static final String DRIVER_VERSION = "0.1.0";

  private final Connection connection;
  private final ConnectionOptions options;
  private final String keyspace;
  private final List<String> eventTypes;

  Handshake(
      Connection connection, ConnectionOptions options, String keyspace, List<String> eventTypes) {
    this.connection = connection;
    this.options = options;
    this.keyspace = keyspace;
    this.eventTypes = eventTypes;
  }

  CompletableFuture<Connection> run() {
    return send(Options.INSTANCE)
        .thenCompose(this::startup)
        .thenCompose(this::authenticateIfAsked)
        .thenCompose(ignored -> useKeyspace())
        .thenCompose(ignored -> register())
        .thenApply(ignored -> connection);
  }

  private CompletableFuture<Message> startup(Message supported) {
    Map<String, String> startup = new LinkedHashMap<>();
    startup.put("CQL_VERSION", CQL_VERSION);
    if (options.compression()) {
      List<String> algorithms =
          ((Supported) expect(supported, Supported.class))
              .options()
              .getOrDefault("COMPRESSION", List.of());
      if (!algorithms.contains("lz4")) {
        throw new DriverException(
            connection.logPrefix()
                + " LZ4 compression was asked for but the node supports only "
                + algorithms
                + "; turn compression off or enable LZ4 on the node");
      }
      startup.put("COMPRESSION", "lz4");
    }
    startup.put("DRIVER_NAME", DRIVER_NAME);
    startup.put("DRIVER_VERSION", DRIVER_VERSION);
    return send(new Startup(startup));
  }

  private CompletableFuture<Void> authenticateIfAsked(Message response) {
    if (response instanceof Ready) {
      return CompletableFuture.completedFuture(null);
    }
    Authenticate authenticate = (Authenticate) expect(response, Authenticate.class);
    if (options.authProvider() == null) {
      throw new AuthenticationException(
          connection.address(),
          connection.logPrefix()
              + " the node requires authentication ("
              + authenticate.authenticator()
              + ") but no credentials were given: call SessionBuilder.credentials(user, password)");
    }
    Authenticator authenticator =
        options.authProvider().newAuthenticator(connection.address(), authenticate.authenticator());
    return step(authenticator, authenticator.initialResponseAsync())
        .thenCompose(token -> send(new AuthResponse(token)))
        .thenCompose(reply -> continueAuthentication(authenticator, reply));
  }

  private CompletableFuture<Void> continueAuthentication(
      Authenticator authenticator, Message reply) {
    if (reply instanceof AuthSuccess success) {
      try {
        authenticator.onAuthenticationSuccess(success.token());
      } catch (RuntimeException e) {
        throw authenticatorFailure(authenticator, e);
      }
      return CompletableFuture.completedFuture(null);
    }
    AuthChallenge challenge = (AuthChallenge) expect(reply, AuthChallenge.class);
    return step(authenticator, authenticator.evaluateChallengeAsync(challenge.token()))
        .thenCompose(token -> send(new AuthResponse(token)))
        .thenCompose(next -> continueAuthentication(authenticator, next));
  }

  /**
   * One client step of the SASL exchange; the authenticator may compute it on another thread. A
   * failure that is not already a driver error becomes an {@link AuthenticationException}.
   */
  private CompletableFuture<byte[]> step(
      Authenticator authenticator, CompletionStage<byte[]> token) {
    return token
        .toCompletableFuture()
        .handle(
            (value, error) -> {
              if (error != null) {
                Throwable cause = error instanceof CompletionException ? error.getCause() : error;
                throw authenticatorFailure(authenticator, cause);
              }
              return value;
            });
  }

  private DriverException authenticatorFailure(Authenticator authenticator, Throwable cause) {
    if (cause instanceof DriverException driverError) {
      return driverError;
    }
    return new AuthenticationException(
        connection.address(),
        connection.logPrefix()
            + " the authenticator "
            + authenticator.getClass().getName()
            + " failed: "
            + cause
            + "; check the AuthProvider given to SessionBuilder.authProvider",
        cause);
  }

  private CompletableFuture<Void> useKeyspace() {
    return keyspace == null ? CompletableFuture.completedFuture(null) : connection.use(keyspace);
  }

  private CompletableFuture<Void> register() {
    if (eventTypes.isEmpty()) {
      return CompletableFuture.completedFuture(null);
    }
    return send(new Register(eventTypes)).thenAccept(ready -> expect(ready, Ready.class));
  }

  private CompletableFuture<Message> send(Request request) {
    return PendingResponse.send(connection, request).thenApply(this::checkError);
  }

  private Message checkError(Frame frame) {
    if (frame.message() instanceof Error error) {
      throw toException(error);
    }
    return frame.message();
  }

  private DriverException toException(Error error) {
    if (error.code() == Error.PROTOCOL_ERROR
        && error.message().toLowerCase(Locale.ROOT).contains("version")) {
      return new UnsupportedProtocolVersionException(
          connection.logPrefix()
              + " the node does not speak protocol "
              + connection.protocolVersion()
              + ": "
              + error.message());
    }
    return ErrorMapper.toException(error, connection.address(), null);
  }

  private Message expect(Message message, Class<? extends Message> expected) {
    if (!expected.isInstance(message)) {
      throw new ProtocolException(
          connection.logPrefix()
              + " expected "
              + expected.getSimpleName()
              + " during the handshake but got "
              + message.getClass().getSimpleName());
    }
    return message;
  }

  static boolean isVersionRefusal(Throwable error) {
    return error instanceof UnsupportedProtocolVersionException;
  }

  static ProtocolVersion lower(ProtocolVersion version) {
    return version == ProtocolVersion.V5 ? ProtocolVersion.V4 : null;
  }
}
