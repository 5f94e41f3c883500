package io.sibyl.driver.internal.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.auth.AuthProvider;
import io.sibyl.driver.auth.SaslAuthProvider;
import io.sibyl.driver.auth.ServerNameResolver;
import io.sibyl.driver.error.AuthenticationException;
import io.sibyl.driver.internal.protocol.Message;
import io.sibyl.driver.internal.protocol.Request;
import io.sibyl.driver.internal.protocol.message.AuthChallenge;
import io.sibyl.driver.internal.protocol.message.AuthResponse;
import io.sibyl.driver.internal.protocol.message.AuthSuccess;
import io.sibyl.driver.internal.protocol.message.Authenticate;
import io.sibyl.driver.internal.protocol.message.Error;
import io.sibyl.driver.internal.protocol.message.ErrorDetails;
import io.sibyl.driver.internal.protocol.message.Ready;
import io.sibyl.driver.internal.protocol.message.Startup;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.sasl.AuthorizeCallback;
import javax.security.sasl.RealmCallback;
import javax.security.sasl.Sasl;
import javax.security.sasl.SaslException;
import javax.security.sasl.SaslServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The handshake's SASL exchange through the authenticator SPI, against a fake node whose
 * authenticator is the JDK's DIGEST-MD5 SASL server: a challenge, a response, and the server's
 * final token in AUTH_SUCCESS, which the client checks (mutual authentication).
 */
class HandshakeSaslTest {
  private static final InetSocketAddress NODE = new InetSocketAddress("127.0.0.1", 9042);
  private static final String SERVER_AUTHENTICATOR = "org.example.DigestAuthenticator";

  private final FakeNodes nodes = new FakeNodes();
  private final List<Request> received = new CopyOnWriteArrayList<>();
  private final List<String> callbackThreads = new CopyOnWriteArrayList<>();
  private volatile SaslServer server;
  private volatile UnaryOperator<Message> tamper = UnaryOperator.identity();

  @AfterEach
  void close() {
    nodes.close();
  }

  @Test
  void should_log_in_through_a_multi_step_exchange_ending_with_the_server_token() throws Exception {
    Connection connection = connect();

    new Handshake(connection, options(provider("alice", "secret")), null, List.of())
        .run()
        .get(5, TimeUnit.SECONDS);

    assertThat(server.isComplete()).isTrue();
    assertThat(server.getAuthorizationID()).isEqualTo("alice");
    // STARTUP, the empty initial response, then the digest response to the challenge.
    assertThat(received).hasSize(3);
    assertThat(((AuthResponse) received.get(1)).token()).isEmpty();
    assertThat(new String(((AuthResponse) received.get(2)).token(), "UTF-8"))
        .contains("username=\"alice\"")
        .doesNotContain("secret");
    // The SASL client's steps ran on the authentication threads, not on the I/O thread.
    assertThat(callbackThreads).isNotEmpty().allMatch(name -> name.startsWith("sibyl-auth-"));
  }

  @Test
  void should_fail_with_the_node_when_it_refuses_the_credentials() {
    Connection connection = connect();

    assertThatThrownBy(
            () ->
                new Handshake(connection, options(provider("alice", "wrong-pw")), null, List.of())
                    .run()
                    .join())
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("refused by the fake node")
        .hasMessageNotContaining("wrong-pw")
        .satisfies(e -> assertThat(((AuthenticationException) e).node()).isEqualTo(NODE));
  }

  @Test
  void should_fail_when_the_server_final_token_does_not_authenticate_the_server() {
    tamper =
        message -> {
          if (message instanceof AuthSuccess success && success.token() != null) {
            byte[] token = success.token().clone();
            token[token.length - 1] ^= 1;
            return new AuthSuccess(token);
          }
          return message;
        };
    Connection connection = connect();

    assertThatThrownBy(
            () ->
                new Handshake(connection, options(provider("alice", "secret")), null, List.of())
                    .run()
                    .join())
        .cause()
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("DIGEST-MD5 failed on the client side")
        .hasMessageContaining(NODE.toString())
        .hasMessageNotContaining("secret");
  }

  @Test
  void should_fail_when_the_node_accepts_before_the_exchange_is_complete() {
    tamper = message -> message instanceof AuthChallenge ? new AuthSuccess(null) : message;
    Connection connection = connect();

    assertThatThrownBy(
            () ->
                new Handshake(connection, options(provider("alice", "secret")), null, List.of())
                    .run()
                    .join())
        .cause()
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("accepted the login before the DIGEST-MD5 exchange was complete")
        .hasMessageContaining(SERVER_AUTHENTICATOR);
  }

  @Test
  void should_say_that_the_jdk_has_no_client_for_an_unknown_mechanism() {
    Connection connection = connect();
    AuthProvider unknown = SaslAuthProvider.builder("NO-SUCH-MECHANISM").build();

    assertThatThrownBy(
            () -> new Handshake(connection, options(unknown), null, List.of()).run().join())
        .cause()
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("no SASL client for mechanism NO-SUCH-MECHANISM");
  }

  private AuthProvider provider(String user, String password) {
    CallbackHandler client =
        callbacks -> {
          callbackThreads.add(Thread.currentThread().getName());
          for (Callback callback : callbacks) {
            if (callback instanceof NameCallback name) {
              name.setName(user);
            } else if (callback instanceof PasswordCallback secret) {
              secret.setPassword(password.toCharArray());
            } else if (callback instanceof RealmCallback realm) {
              realm.setText(realm.getDefaultText());
            }
          }
        };
    // tag::sasl[]
    AuthProvider digest =
        SaslAuthProvider.builder("DIGEST-MD5")
            .serviceName("cassandra")
            .serverNameResolver(ServerNameResolver.address())
            .callbackHandler(client) // answers NameCallback, PasswordCallback, RealmCallback
            .build();
    // end::sasl[]
    return digest;
  }

  private Connection connect() {
    nodes.node(NODE, (node, request) -> tamper.apply(answer(request)));
    return nodes.opener().open(NODE, null, null, List.of(), event -> {}).join();
  }

  private Message answer(Request request) {
    received.add(request);
    try {
      if (request instanceof Startup) {
        server = newServer();
        return new Authenticate(SERVER_AUTHENTICATOR);
      }
      if (request instanceof AuthResponse response) {
        byte[] challenge = server.evaluateResponse(response.token());
        return server.isComplete() ? new AuthSuccess(challenge) : new AuthChallenge(challenge);
      }
      return Ready.INSTANCE;
    } catch (SaslException e) {
      return new Error(
          Error.BAD_CREDENTIALS,
          "refused by the fake node: " + e.getMessage(),
          new ErrorDetails.None());
    }
  }

  private static SaslServer newServer() throws SaslException {
    CallbackHandler handler =
        callbacks -> {
          for (Callback callback : callbacks) {
            if (callback instanceof PasswordCallback secret) {
              secret.setPassword("secret".toCharArray());
            } else if (callback instanceof AuthorizeCallback authorize) {
              authorize.setAuthorized(
                  authorize.getAuthenticationID().equals(authorize.getAuthorizationID()));
            }
          }
        };
    return Sasl.createSaslServer(
        "DIGEST-MD5",
        "cassandra",
        NODE.getAddress().getHostAddress(),
        Map.of(Sasl.QOP, "auth"),
        handler);
  }

  private static ConnectionOptions options(AuthProvider provider) {
    return new ConnectionOptions(
        "s0",
        provider,
        false,
        Duration.ofSeconds(5),
        Duration.ZERO,
        1 << 20,
        1024,
        256,
        null,
        false,
        io.sibyl.driver.internal.connection.EndpointRouter.DIRECT);
  }
}
