package io.sibyl.driver.auth;

import java.net.InetSocketAddress;
import javax.security.auth.Subject;

/** Where a SASL client's credentials come from: a logged-in JAAS subject, or none. */
@FunctionalInterface
interface LoginSource {
  /** No subject: the SASL client runs outside {@code Subject.doAs}. */
  LoginSource NONE = node -> null;

  /**
   * The subject to run the SASL client as, logging in first if needed (this may block).
   *
   * @param node the node being logged in to, for error messages
   * @throws io.sibyl.driver.error.AuthenticationException if the login fails
   */
  Subject subject(InetSocketAddress node);

  /** Forgets a login that a failed exchange suggests is stale, so the next one logs in again. */
  default void invalidate() {}
}
