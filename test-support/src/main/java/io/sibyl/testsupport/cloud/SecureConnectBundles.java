package io.sibyl.testsupport.cloud;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes secure connect bundles for tests: {@code config.json}, {@code ca.crt}, {@code cert} and
 * {@code key} in a zip, the certificates and key as PEM. Entries can be left out or replaced to
 * test how a client treats a damaged bundle.
 */
public final class SecureConnectBundles {
  private final Map<String, byte[]> entries = new LinkedHashMap<>();

  private SecureConnectBundles() {}

  /**
   * A bundle naming the metadata service at {@code host:port}.
   *
   * @param keyspace the keyspace to name, or null
   * @param localDatacenter the local data center to name, or null
   * @param authorities the certificates the client trusts ({@code ca.crt})
   * @param clientCertificate the client certificate ({@code cert})
   * @param clientKey its private key ({@code key}, PKCS#8)
   */
  public static SecureConnectBundles of(
      String host,
      int port,
      String keyspace,
      String localDatacenter,
      List<X509Certificate> authorities,
      X509Certificate clientCertificate,
      PrivateKey clientKey) {
    SecureConnectBundles bundle = new SecureConnectBundles();
    StringBuilder config = new StringBuilder("{\"host\":\"").append(host).append("\",\"port\":");
    config.append(port);
    if (keyspace != null) {
      config.append(",\"keyspace\":\"").append(keyspace).append('"');
    }
    if (localDatacenter != null) {
      config.append(",\"localDC\":\"").append(localDatacenter).append('"');
    }
    config.append('}');
    bundle.entry("config.json", config.toString());
    StringBuilder ca = new StringBuilder();
    authorities.forEach(certificate -> ca.append(pem(certificate)));
    bundle.entry("ca.crt", ca.toString());
    bundle.entry("cert", pem(clientCertificate));
    bundle.entry("key", pem("PRIVATE KEY", clientKey.getEncoded()));
    return bundle;
  }

  /** Sets (or replaces) the entry {@code name}. */
  public SecureConnectBundles entry(String name, String content) {
    entries.put(name, content.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  /** Leaves the entry {@code name} out. */
  public SecureConnectBundles without(String name) {
    entries.remove(name);
    return this;
  }

  /**
   * Writes the zip to {@code file}.
   *
   * @return {@code file}
   * @throws IOException if it cannot be written
   */
  public Path writeTo(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    }
    return file;
  }

  /** {@code certificate} as a PEM block. */
  public static String pem(X509Certificate certificate) {
    try {
      return pem("CERTIFICATE", certificate.getEncoded());
    } catch (CertificateEncodingException e) {
      throw new IllegalArgumentException(
          "Cannot encode " + certificate.getSubjectX500Principal(), e);
    }
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }
}
