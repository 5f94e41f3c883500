package io.sibyl.embedded;

import java.nio.file.Path;

/**
 * The key and trust stores generated for a cluster with client TLS; all share one password.
 *
 * @param serverKeystore the nodes' key and certificate
 * @param serverTruststore trusts the client certificate (for mutual TLS)
 * @param clientTruststore trusts the nodes' certificate
 * @param clientKeystore the client key and certificate
 * @param password the password of every store and key
 */
record TlsFiles(
    Path serverKeystore,
    Path serverTruststore,
    Path clientTruststore,
    Path clientKeystore,
    String password) {

  /** The files a client needs. */
  TlsStores clientStores() {
    return new TlsStores(clientTruststore, password, clientKeystore, password);
  }
}
