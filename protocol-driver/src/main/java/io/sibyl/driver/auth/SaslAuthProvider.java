package io.sibyl.driver.auth;

import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import javax.security.auth.Subject;
import javax.security.auth.callback.CallbackHandler;
import javax.security.sasl.Sasl;

/**
 * Logs in through any SASL mechanism of the JDK ({@code javax.security.sasl}), for a node whose
 * authenticator speaks it: the client's tokens travel in AUTH_RESPONSE messages and the server's in
 * AUTH_CHALLENGE and AUTH_SUCCESS, for as many rounds as the mechanism needs.
 *
 * <p>The SASL client of each connection is created and evaluated off the driver's I/O threads, so a
 * mechanism may block (GSSAPI asks a KDC for a service ticket). {@link GssapiAuthProvider} builds
 * one of these for Kerberos; use this class directly for another mechanism:
 *
 * <pre>{@code
 * AuthProvider digest =
 *     SaslAuthProvider.builder("DIGEST-MD5")
 *         .serviceName("cassandra")
 *         .serverNameResolver(ServerNameResolver.address())
 *         .callbackHandler(handler) // answers NameCallback, PasswordCallback, RealmCallback
 *         .build();
 * }</pre>
 *
 * <p>The native protocol has no SASL security layer after the login: only the quality of protection
 * {@code auth} (the default) is meaningful.
 */
public final class SaslAuthProvider implements AuthProvider {
  private final String mechanism;
  private final String serviceName;
  private final String authorizationId;
  private final ServerNameResolver serverNames;
  private final Map<String, Object> saslProperties;
  private final CallbackHandler callbackHandler;
  private final LoginSource login;
  private final String failureHint;
  private final Executor executor;

  private SaslAuthProvider(Builder builder) {
    this.mechanism = builder.mechanism;
    this.serviceName = builder.serviceName;
    this.authorizationId = builder.authorizationId;
    this.serverNames = builder.serverNames;
    this.saslProperties = Map.copyOf(builder.saslProperties);
    this.callbackHandler = builder.callbackHandler;
    this.login = builder.login;
    this.failureHint = builder.failureHint;
    this.executor = builder.executor;
  }

  /**
   * Starts a provider for {@code mechanism}, a SASL mechanism name such as {@code GSSAPI} or {@code
   * DIGEST-MD5}.
   */
  public static Builder builder(String mechanism) {
    return new Builder(mechanism);
  }

  @Override
  public Authenticator newAuthenticator(InetSocketAddress node, String serverAuthenticator) {
    return new SaslAuthenticator(this, node, serverAuthenticator);
  }

  /** The SASL mechanism name. */
  public String mechanism() {
    return mechanism;
  }

  /** The service (protocol) name of the nodes' principals, {@code cassandra} by default. */
  public String serviceName() {
    return serviceName;
  }

  /** The SASL properties the client is created with (quality of protection and others). */
  public Map<String, Object> saslProperties() {
    return saslProperties;
  }

  String authorizationId() {
    return authorizationId;
  }

  ServerNameResolver serverNames() {
    return serverNames;
  }

  CallbackHandler callbackHandler() {
    return callbackHandler;
  }

  LoginSource login() {
    return login;
  }

  String failureHint() {
    return failureHint;
  }

  Executor executor() {
    return executor;
  }

  @Override
  public String toString() {
    return "SaslAuthProvider[" + mechanism + ", service " + serviceName + "]";
  }

  /** Collects the settings of a {@link SaslAuthProvider}. */
  public static final class Builder {
    private final String mechanism;
    private String serviceName = GssapiAuthProvider.DEFAULT_SERVICE_NAME;
    private String authorizationId;
    private ServerNameResolver serverNames = ServerNameResolver.canonicalHostName();
    private final Map<String, Object> saslProperties = new LinkedHashMap<>();
    private CallbackHandler callbackHandler;
    private LoginSource login = LoginSource.NONE;
    private String failureHint = "check the provider's settings against the node's authenticator";
    private Executor executor = AuthThreads.executor();

    private Builder(String mechanism) {
      this.mechanism = requireText(mechanism, "mechanism");
      saslProperties.put(Sasl.QOP, "auth");
    }

    /**
     * The service (protocol) name of the nodes' principals; {@code cassandra} by default. For
     * Kerberos the service principal is {@code serviceName/host@REALM}.
     */
    public Builder serviceName(String name) {
      this.serviceName = requireText(name, "serviceName");
      return this;
    }

    /** The identity to act as once logged in, if the server supports it; none by default. */
    public Builder authorizationId(String id) {
      this.authorizationId = id;
      return this;
    }

    /**
     * How the host part of a node's service principal is found; {@link
     * ServerNameResolver#canonicalHostName()} by default.
     */
    public Builder serverNameResolver(ServerNameResolver resolver) {
      this.serverNames = Objects.requireNonNull(resolver, "resolver");
      return this;
    }

    /**
     * Sets a property of the SASL client (see {@link Sasl}), e.g. {@code
     * saslProperty(Sasl.SERVER_AUTH, "true")}. {@link Sasl#QOP} is {@code auth} unless set.
     */
    public Builder saslProperty(String name, Object value) {
      saslProperties.put(requireText(name, "SASL property name"), Objects.requireNonNull(value));
      return this;
    }

    /** Sets several SASL client properties, as {@link #saslProperty} does for one. */
    public Builder saslProperties(Map<String, ?> properties) {
      properties.forEach(this::saslProperty);
      return this;
    }

    /** Answers the mechanism's callbacks (user name, password, realm); none by default. */
    public Builder callbackHandler(CallbackHandler handler) {
      this.callbackHandler = handler;
      return this;
    }

    /**
     * Runs the SASL client as {@code subject} (inside {@code Subject.doAs}), for mechanisms that
     * take their credentials from it, such as GSSAPI with a subject the application logged in.
     */
    public Builder subject(Subject subject) {
      Objects.requireNonNull(subject, "subject");
      this.login = node -> subject;
      return this;
    }

    Builder login(LoginSource source) {
      this.login = source;
      return this;
    }

    Builder failureHint(String hint) {
      this.failureHint = hint;
      return this;
    }

    Builder executor(Executor executor) {
      this.executor = executor;
      return this;
    }

    /** Builds the provider. */
    public SaslAuthProvider build() {
      return new SaslAuthProvider(this);
    }

    private static String requireText(String value, String name) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(name + " must not be blank");
      }
      return value;
    }
  }
}
