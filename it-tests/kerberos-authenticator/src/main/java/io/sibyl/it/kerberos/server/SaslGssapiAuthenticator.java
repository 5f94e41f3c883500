package io.sibyl.it.kerberos.server;

import java.net.InetAddress;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.Map;
import java.util.Set;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.Configuration;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import javax.security.sasl.AuthorizeCallback;
import javax.security.sasl.Sasl;
import javax.security.sasl.SaslException;
import javax.security.sasl.SaslServer;
import org.apache.cassandra.auth.AuthenticatedUser;
import org.apache.cassandra.auth.IAuthenticator;
import org.apache.cassandra.auth.IResource;
import org.apache.cassandra.config.DatabaseDescriptor;
import org.apache.cassandra.exceptions.AuthenticationException;
import org.apache.cassandra.exceptions.ConfigurationException;

/**
 * A Cassandra authenticator that accepts Kerberos logins through SASL GSSAPI, for the integration
 * tests of the driver's {@code GssapiAuthProvider}. Set it as {@code authenticator} in
 * cassandra.yaml and give the node's JVM:
 *
 * <ul>
 *   <li>{@value #PRINCIPAL_PROPERTY}: the node's service principal, {@code service/host@REALM},
 *       where a host of {@value #HOST_PLACEHOLDER} stands for the node's own CQL address;
 *   <li>{@value #KEYTAB_PROPERTY}: a keytab that holds its key;
 *   <li>{@code java.security.krb5.conf}: the Kerberos configuration that names the KDC.
 * </ul>
 *
 * <p>The node logs in with the keytab at the first client login (and again after a failed login),
 * not at start-up: a test learns the node's address once it runs, and only then creates the service
 * principal and its keytab.
 *
 * <p>A client principal {@code name@REALM} (or {@code name/instance@REALM}) logs in as the role
 * {@code name}, which must exist with LOGIN (CassandraRoleManager's default {@code cassandra}
 * superuser does). Not for production: no principal-to-role rules, no security layer.
 */
public final class SaslGssapiAuthenticator implements IAuthenticator {
  /** The system property naming the node's service principal. */
  public static final String PRINCIPAL_PROPERTY = "sibyl.kerberos.principal";

  /** The system property naming the node's keytab file. */
  public static final String KEYTAB_PROPERTY = "sibyl.kerberos.keytab";

  /** The host part of the principal property that stands for the node's CQL address. */
  public static final String HOST_PLACEHOLDER = "_HOST";

  private static final String LOGIN_ENTRY = "SibylCassandraServer";

  private volatile Subject subject;
  private volatile String service;
  private volatile String host;

  @Override
  public boolean requireAuthentication() {
    return true;
  }

  @Override
  public Set<? extends IResource> protectedResources() {
    return Set.of();
  }

  @Override
  public void validateConfiguration() throws ConfigurationException {
    String principal = System.getProperty(PRINCIPAL_PROPERTY);
    String keytab = System.getProperty(KEYTAB_PROPERTY);
    if (principal == null || !principal.matches("[^/@]+/[^/@]+@[^/@]+")) {
      throw new ConfigurationException(
          "SaslGssapiAuthenticator needs -D"
              + PRINCIPAL_PROPERTY
              + "=service/host@REALM, not "
              + principal);
    }
    if (keytab == null || keytab.isBlank()) {
      throw new ConfigurationException(
          "SaslGssapiAuthenticator needs -D" + KEYTAB_PROPERTY + " naming the node's keytab");
    }
  }

  @Override
  public void setup() {
    // The keytab may not exist yet: the node logs in at the first client login.
  }

  /** Logs the node's service principal in with its keytab, once (again after a failure). */
  private synchronized Subject login() {
    if (subject != null) {
      return subject;
    }
    String configured = System.getProperty(PRINCIPAL_PROPERTY);
    String address = DatabaseDescriptor.getRpcAddress().getHostAddress();
    String principal = configured.replace("/" + HOST_PLACEHOLDER + "@", "/" + address + "@");
    service = principal.substring(0, principal.indexOf('/'));
    host = principal.substring(principal.indexOf('/') + 1, principal.indexOf('@'));
    Map<String, String> options =
        Map.of(
            "principal", principal,
            "useKeyTab", "true",
            "keyTab", System.getProperty(KEYTAB_PROPERTY),
            "storeKey", "true",
            "doNotPrompt", "true",
            "isInitiator", "false");
    Configuration configuration =
        new Configuration() {
          @Override
          public AppConfigurationEntry[] getAppConfigurationEntry(String name) {
            return new AppConfigurationEntry[] {
              new AppConfigurationEntry(
                  "com.sun.security.auth.module.Krb5LoginModule",
                  AppConfigurationEntry.LoginModuleControlFlag.REQUIRED,
                  options)
            };
          }
        };
    try {
      LoginContext login = new LoginContext(LOGIN_ENTRY, new Subject(), null, configuration);
      login.login();
      subject = login.getSubject();
      return subject;
    } catch (LoginException e) {
      throw new AuthenticationException(
          "The node cannot log in as " + principal + " with its keytab: " + e.getMessage());
    }
  }

  private synchronized void forgetLogin() {
    subject = null;
  }

  @Override
  public SaslNegotiator newSaslNegotiator(InetAddress clientAddress) {
    return new GssapiNegotiator(login());
  }

  @Override
  public AuthenticatedUser legacyAuthenticate(Map<String, String> credentials) {
    throw new AuthenticationException(
        "SaslGssapiAuthenticator takes Kerberos logins through SASL GSSAPI only");
  }

  /** Maps {@code name@REALM} and {@code name/instance@REALM} to the role {@code name}. */
  static String roleOf(String principal) {
    int end = principal.length();
    for (char separator : new char[] {'/', '@'}) {
      int at = principal.indexOf(separator);
      if (at >= 0) {
        end = Math.min(end, at);
      }
    }
    return principal.substring(0, end);
  }

  /** One client's exchange: the JDK's GSSAPI SASL server, run as the node's logged-in subject. */
  private final class GssapiNegotiator implements SaslNegotiator {
    private final Subject node;
    private SaslServer server;

    GssapiNegotiator(Subject node) {
      this.node = node;
    }

    @Override
    public byte[] evaluateResponse(byte[] response) {
      try {
        return as(
            () -> {
              if (server == null) {
                server =
                    Sasl.createSaslServer(
                        "GSSAPI",
                        service,
                        host,
                        Map.of(Sasl.QOP, "auth"),
                        callbacks -> {
                          for (Callback callback : callbacks) {
                            if (callback instanceof AuthorizeCallback authorize) {
                              authorize.setAuthorized(
                                  authorize
                                      .getAuthenticationID()
                                      .equals(authorize.getAuthorizationID()));
                            }
                          }
                        });
              }
              return server.evaluateResponse(response);
            });
      } catch (SaslException e) {
        if (server == null) {
          forgetLogin();
        }
        throw new AuthenticationException("Kerberos login failed: " + e.getMessage(), e);
      }
    }

    @Override
    public boolean isComplete() {
      return server != null && server.isComplete();
    }

    @Override
    public AuthenticatedUser getAuthenticatedUser() {
      if (!isComplete()) {
        throw new AuthenticationException("The Kerberos login is not complete");
      }
      return new AuthenticatedUser(roleOf(server.getAuthorizationID()));
    }

    private byte[] as(PrivilegedExceptionAction<byte[]> action) throws SaslException {
      try {
        return Subject.doAs(node, action);
      } catch (PrivilegedActionException e) {
        if (e.getException() instanceof SaslException sasl) {
          throw sasl;
        }
        throw new SaslException(e.getException().toString(), e.getException());
      }
    }
  }
}
