package io.sibyl.spring.boot;

import io.sibyl.driver.auth.GssapiAuthProvider;

/** Turns the {@code sibyl.auth.gssapi.*} properties into a {@link GssapiAuthProvider}. */
final class SibylGssapi {

  private SibylGssapi() {}

  /**
   * The provider the properties describe.
   *
   * @throws SibylStartupException if they name more than one credential source, a keytab without a
   *     principal, or a keytab that cannot be read
   */
  static GssapiAuthProvider provider(SibylProperties.Gssapi properties) {
    GssapiAuthProvider.Builder builder =
        GssapiAuthProvider.builder().serviceName(properties.getServiceName());
    if (properties.getPrincipal() != null) {
      builder.principal(properties.getPrincipal());
    }
    if (properties.getKeytab() != null) {
      builder.keytab(properties.getKeytab());
    }
    if (properties.getTicketCache() != null) {
      builder.ticketCache(properties.getTicketCache());
    }
    if (properties.getJaasEntry() != null) {
      builder.jaasConfiguration(properties.getJaasEntry());
    }
    if (properties.getAuthorizationId() != null) {
      builder.authorizationId(properties.getAuthorizationId());
    }
    builder.saslProperties(properties.getSaslProperties());
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw new SibylStartupException(
          "sibyl.auth.gssapi.* do not describe one Kerberos login: "
              + e.getMessage()
              + ". Set either keytab (with principal), ticket-cache or jaas-entry",
          e);
    }
  }
}
