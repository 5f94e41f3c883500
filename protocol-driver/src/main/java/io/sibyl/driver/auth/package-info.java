/**
 * Authentication: the SASL-style authenticator SPI and the plain-text (PasswordAuthenticator)
 * provider. Authenticators run on a connection's I/O thread during the handshake.
 */
package io.sibyl.driver.auth;
