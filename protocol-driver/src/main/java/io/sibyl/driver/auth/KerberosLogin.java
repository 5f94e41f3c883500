package io.sibyl.driver.auth;

import io.sibyl.driver.error.AuthenticationException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.security.auth.Subject;
import javax.security.auth.kerberos.KerberosTicket;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.Configuration;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

/**
 * A JAAS Kerberos login shared by every connection of a {@link GssapiAuthProvider}: from a keytab,
 * from a ticket cache, or through a named entry of the application's JAAS configuration. It logs in
 * on first use, and again when its ticket-granting ticket is about to expire or an exchange failed.
 */
final class KerberosLogin implements LoginSource {
  static final String KRB5_LOGIN_MODULE = "com.sun.security.auth.module.Krb5LoginModule";

  /** A ticket that ends sooner than this is renewed by logging in again before it is used. */
  private static final Duration RENEW_MARGIN = Duration.ofMinutes(1);

  private static final String ENTRY = "SibylGssapiClient";

  private final String principal;
  private final Path keytab;
  private final Path ticketCache;
  private final String jaasEntry;
  private final String description;
  private LoginContext context;

  private KerberosLogin(
      String principal, Path keytab, Path ticketCache, String jaasEntry, String description) {
    this.principal = principal;
    this.keytab = keytab;
    this.ticketCache = ticketCache;
    this.jaasEntry = jaasEntry;
    this.description = description;
  }

  /** A login of {@code principal} with the keys of {@code keytab}. */
  static KerberosLogin keytab(String principal, Path keytab) {
    return new KerberosLogin(
        principal, keytab, null, null, "as " + principal + " with the keytab " + keytab);
  }

  /**
   * A login from a ticket cache ({@code kinit}'s): {@code cache} or the default one when null, for
   * {@code principal} or whichever principal the cache holds when null.
   */
  static KerberosLogin ticketCache(String principal, Path cache) {
    return new KerberosLogin(
        principal,
        null,
        cache,
        null,
        (principal == null ? "" : "as " + principal + " ")
            + "from the ticket cache "
            + (cache == null ? "(the default one)" : cache.toString()));
  }

  /** A login through the entry {@code name} of the JAAS configuration in effect. */
  static KerberosLogin jaasEntry(String name) {
    return new KerberosLogin(
        null, null, null, name, "through the JAAS configuration entry '" + name + "'");
  }

  /** How this login gets its credentials, for messages (never key material). */
  String description() {
    return description;
  }

  @Override
  public synchronized Subject subject(InetSocketAddress node) {
    if (context == null || expiring(context.getSubject())) {
      context = login(node);
    }
    return context.getSubject();
  }

  @Override
  public synchronized void invalidate() {
    // No logout: exchanges still running on other connections keep the old subject's tickets.
    context = null;
  }

  private LoginContext login(InetSocketAddress node) {
    try {
      LoginContext login =
          jaasEntry != null
              ? new LoginContext(jaasEntry, new Subject(), null, null)
              : new LoginContext(ENTRY, new Subject(), null, new SingleEntry(options()));
      login.login();
      return login;
    } catch (LoginException | SecurityException e) {
      throw new AuthenticationException(
          node,
          "GSSAPI login to "
              + node
              + ": cannot log in to Kerberos "
              + description
              + ": "
              + String.valueOf(e.getMessage()).strip()
              + " (the JDK says 'Unable to obtain password' when the keytab or ticket cache has no"
              + " key or ticket of that principal); check the principal and its credentials, and"
              + " that the Kerberos configuration"
              + " (java.security.krb5.conf or /etc/krb5.conf) names the realm's KDC and that it is"
              + " reachable",
          e);
    }
  }

  private Map<String, String> options() {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("doNotPrompt", "true");
    options.put("isInitiator", "true");
    if (principal != null) {
      options.put("principal", principal);
    }
    if (keytab != null) {
      options.put("useKeyTab", "true");
      options.put("keyTab", keytab.toString());
      options.put("storeKey", "true");
    } else {
      options.put("useTicketCache", "true");
      if (ticketCache != null) {
        options.put("ticketCache", ticketCache.toString());
      }
    }
    return options;
  }

  private static boolean expiring(Subject subject) {
    Instant limit = Instant.now().plus(RENEW_MARGIN);
    for (KerberosTicket ticket : subject.getPrivateCredentials(KerberosTicket.class)) {
      if (ticket.getServer().getName().startsWith("krbtgt/")) {
        return ticket.getEndTime() != null && ticket.getEndTime().toInstant().isBefore(limit);
      }
    }
    return false;
  }

  /** A JAAS configuration of one entry: the Kerberos login module with the given options. */
  private static final class SingleEntry extends Configuration {
    private final AppConfigurationEntry[] entries;

    SingleEntry(Map<String, String> options) {
      this.entries =
          new AppConfigurationEntry[] {
            new AppConfigurationEntry(
                KRB5_LOGIN_MODULE,
                AppConfigurationEntry.LoginModuleControlFlag.REQUIRED,
                Map.copyOf(options))
          };
    }

    @Override
    public AppConfigurationEntry[] getAppConfigurationEntry(String name) {
      return ENTRY.equals(name) ? entries.clone() : null;
    }
  }
}
