/**
 * Authentication: the SASL-style authenticator SPI, the plain-text (PasswordAuthenticator)
 * provider, a provider for any JDK SASL mechanism and the Kerberos (SASL GSSAPI) provider.
 * Authenticators are driven from a connection's I/O thread during the handshake; steps that block
 * run on the driver's authentication threads.
 */
package io.sibyl.driver.auth;
