package io.sibyl.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The client side of a cluster's TLS setup: a trust store that trusts the nodes' certificate and a
 * key store with a client certificate the nodes trust (for mutual TLS). Both are PKCS12 files.
 *
 * @param truststore trust store holding the nodes' certificate
 * @param truststorePassword password of {@code truststore}
 * @param clientKeystore key store holding a client key and certificate that the nodes trust
 * @param clientKeystorePassword password of {@code clientKeystore} and of its key
 */
public record TlsStores(
    Path truststore,
    String truststorePassword,
    Path clientKeystore,
    String clientKeystorePassword) {

  /** The key store type of both files. */
  public static final String STORE_TYPE = "PKCS12";

  /**
   * Builds an SSL context that trusts the nodes and, if asked, presents the client certificate.
   *
   * @param presentClientCertificate whether to present the client certificate (mutual TLS)
   * @return a TLS context for connecting to the cluster
   * @throws EmbeddedCassandraException if the stores cannot be read
   */
  public SSLContext sslContext(boolean presentClientCertificate) {
    try {
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(load(truststore, truststorePassword));
      KeyManagerFactory keys = null;
      if (presentClientCertificate) {
        keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(
            load(clientKeystore, clientKeystorePassword), clientKeystorePassword.toCharArray());
      }
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys == null ? null : keys.getKeyManagers(), trust.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException | IOException e) {
      throw new EmbeddedCassandraException(
          "Cannot build a TLS context from " + truststore + " and " + clientKeystore, e);
    }
  }

  private static KeyStore load(Path file, String password)
      throws GeneralSecurityException, IOException {
    KeyStore store = KeyStore.getInstance(STORE_TYPE);
    try (InputStream in = Files.newInputStream(file)) {
      store.load(in, password.toCharArray());
    }
    return store;
  }
}
