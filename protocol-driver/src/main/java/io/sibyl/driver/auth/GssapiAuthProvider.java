package io.sibyl.driver.auth;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import javax.security.auth.Subject;

/**
 * Logs in with Kerberos through the JDK's SASL GSSAPI mechanism, for nodes whose authenticator
 * speaks SASL GSSAPI (DSE's or a custom {@code IAuthenticator}). No extra library: JAAS logs the
 * client principal in, and the SASL client runs as the logged-in subject.
 *
 * <p>Each node is authenticated as the service principal {@code serviceName/host@REALM}, where
 * {@code host} comes from the {@link ServerNameResolver} (the node's canonical host name by
 * default). Credentials come from one of: a keytab ({@link Builder#keytab}), a ticket cache ({@link
 * Builder#ticketCache()}, the default), an entry of the application's JAAS configuration ({@link
 * Builder#jaasConfiguration}), or a subject the application logged in itself ({@link
 * Builder#subject}).
 *
 * <p>The login and the ticket requests run off the driver's I/O threads. A failure fails the
 * connection attempt with an {@link io.sibyl.driver.error.AuthenticationException} that names the
 * node, the service principal and what to check; it never holds key material.
 */
public final class GssapiAuthProvider implements AuthProvider {
  /**
   * The service name of the nodes' principals unless {@link Builder#serviceName} says otherwise.
   */
  public static final String DEFAULT_SERVICE_NAME = "cassandra";

  /** The SASL mechanism name. */
  public static final String MECHANISM = "GSSAPI";

  private final SaslAuthProvider sasl;
  private final String credentials;

  private GssapiAuthProvider(SaslAuthProvider sasl, String credentials) {
    this.sasl = sasl;
    this.credentials = credentials;
  }

  /** Starts a provider; see {@link Builder} for the settings and their defaults. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Authenticator newAuthenticator(InetSocketAddress node, String serverAuthenticator) {
    return sasl.newAuthenticator(node, serverAuthenticator);
  }

  /** The service name of the nodes' principals. */
  public String serviceName() {
    return sasl.serviceName();
  }

  /** The SASL properties the client is created with. */
  public Map<String, Object> saslProperties() {
    return sasl.saslProperties();
  }

  @Override
  public String toString() {
    return "GssapiAuthProvider[service " + sasl.serviceName() + ", " + credentials + "]";
  }

  /** Collects the settings of a {@link GssapiAuthProvider}. */
  public static final class Builder {
    private final SaslAuthProvider.Builder sasl = SaslAuthProvider.builder(MECHANISM);
    private String principal;
    private Path keytab;
    private Path ticketCache;
    private boolean useTicketCache;
    private String jaasEntry;
    private Subject subject;

    private Builder() {}

    /** The service name of the nodes' principals; {@value #DEFAULT_SERVICE_NAME} by default. */
    public Builder serviceName(String name) {
      sasl.serviceName(name);
      return this;
    }

    /**
     * The client principal, e.g. {@code alice@EXAMPLE.COM}: required with a keytab; with a ticket
     * cache, it picks the principal's tickets (any principal the cache holds by default).
     */
    public Builder principal(String principal) {
      this.principal = principal;
      return this;
    }

    /** Logs in with the keys of {@code keytab} (needs {@link #principal}). */
    public Builder keytab(Path keytab) {
      this.keytab = Objects.requireNonNull(keytab, "keytab");
      return this;
    }

    /** Logs in from the default ticket cache, as filled by {@code kinit} (the default). */
    public Builder ticketCache() {
      this.useTicketCache = true;
      return this;
    }

    /** Logs in from the ticket cache file {@code cache}. */
    public Builder ticketCache(Path cache) {
      this.ticketCache = Objects.requireNonNull(cache, "cache");
      this.useTicketCache = true;
      return this;
    }

    /**
     * Logs in through the entry {@code name} of the JAAS configuration in effect (the file named by
     * {@code java.security.auth.login.config}), which must use the Kerberos login module.
     */
    public Builder jaasConfiguration(String name) {
      this.jaasEntry = Objects.requireNonNull(name, "name");
      return this;
    }

    /** Uses a subject the application logged in (it must hold Kerberos credentials). */
    public Builder subject(Subject subject) {
      this.subject = Objects.requireNonNull(subject, "subject");
      return this;
    }

    /** The identity to act as once logged in, if the node allows it; none by default. */
    public Builder authorizationId(String id) {
      sasl.authorizationId(id);
      return this;
    }

    /** Sets a SASL client property, e.g. {@code Sasl.SERVER_AUTH}; QOP is {@code auth}. */
    public Builder saslProperty(String name, Object value) {
      sasl.saslProperty(name, value);
      return this;
    }

    /** Sets several SASL client properties. */
    public Builder saslProperties(Map<String, ?> properties) {
      sasl.saslProperties(properties);
      return this;
    }

    /**
     * How the host part of a node's service principal is found; {@link
     * ServerNameResolver#canonicalHostName()} by default, {@link ServerNameResolver#address()} for
     * principals named after addresses.
     */
    public Builder serverNameResolver(ServerNameResolver resolver) {
      sasl.serverNameResolver(resolver);
      return this;
    }

    /**
     * Builds the provider.
     *
     * @throws IllegalArgumentException if more than one credential source is given, a keytab has no
     *     principal, or the keytab file cannot be read
     */
    public GssapiAuthProvider build() {
      int sources =
          (keytab != null ? 1 : 0)
              + (useTicketCache ? 1 : 0)
              + (jaasEntry != null ? 1 : 0)
              + (subject != null ? 1 : 0);
      if (sources > 1) {
        throw new IllegalArgumentException(
            "GssapiAuthProvider takes one credential source: a keytab, a ticket cache, a JAAS"
                + " configuration entry or a subject; more than one was given");
      }
      String credentials;
      if (subject != null) {
        sasl.subject(subject);
        credentials = "a subject given by the application";
      } else {
        KerberosLogin login;
        if (keytab != null) {
          if (principal == null) {
            throw new IllegalArgumentException(
                "GssapiAuthProvider with the keytab " + keytab + " needs principal(...)");
          }
          if (!Files.isRegularFile(keytab) || !Files.isReadable(keytab)) {
            throw new IllegalArgumentException(
                "GssapiAuthProvider: the keytab " + keytab + " is not a readable file");
          }
          login = KerberosLogin.keytab(principal, keytab);
        } else if (jaasEntry != null) {
          login = KerberosLogin.jaasEntry(jaasEntry);
        } else {
          login = KerberosLogin.ticketCache(principal, ticketCache);
        }
        sasl.login(login);
        credentials = login.description();
      }
      sasl.failureHint(
          "check that the client's Kerberos credentials are valid ("
              + credentials
              + "), that the KDC knows the node's service principal (the host part comes from"
              + " serverNameResolver) and that the node's keytab holds its key");
      return new GssapiAuthProvider(sasl.build(), credentials);
    }
  }
}
