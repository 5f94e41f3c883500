package io.sibyl.driver.cloud;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A secure connect bundle, read and checked: a zip holding {@code config.json} (the metadata
 * service's {@code host} and {@code port}, and optionally {@code keyspace} and {@code localDC}),
 * {@code ca.crt} (the certificate authority that signs the service's and the nodes' certificates),
 * {@code cert} (the client certificate) and {@code key} (its private key, PEM, unencrypted). Other
 * entries (key stores, passwords) are ignored.
 *
 * <p>Reading checks that every entry is there and well formed, that the certificates are valid now
 * and that the key belongs to the client certificate, so a bad bundle fails before any connection.
 */
public final class SecureConnectBundle {
  /** The entries a bundle must hold. */
  public static final List<String> REQUIRED_ENTRIES =
      List.of("config.json", "ca.crt", "cert", "key");

  private static final int MAX_ENTRY_BYTES = 1 << 20;

  private final String source;
  private final String metadataHost;
  private final int metadataPort;
  private final String keyspace;
  private final String localDatacenter;
  private final SSLContext sslContext;

  private SecureConnectBundle(
      String source,
      String metadataHost,
      int metadataPort,
      String keyspace,
      String localDatacenter,
      SSLContext sslContext) {
    this.source = source;
    this.metadataHost = metadataHost;
    this.metadataPort = metadataPort;
    this.keyspace = keyspace;
    this.localDatacenter = localDatacenter;
    this.sslContext = sslContext;
  }

  /**
   * Reads the bundle at {@code path}.
   *
   * @throws SecureConnectBundleException if it cannot be read or is not a usable bundle
   */
  public static SecureConnectBundle read(Path path) {
    Objects.requireNonNull(path, "path");
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, path.toString());
    } catch (IOException e) {
      throw new SecureConnectBundleException(
          "Cannot read the secure connect bundle " + path + ": " + e, e);
    }
  }

  /**
   * Reads the bundle at {@code url} (a {@code file:}, {@code jar:} or {@code https:} URL).
   *
   * @throws SecureConnectBundleException if it cannot be read or is not a usable bundle
   */
  public static SecureConnectBundle read(URL url) {
    Objects.requireNonNull(url, "url");
    try (InputStream in = url.openStream()) {
      return read(in, url.toString());
    } catch (IOException e) {
      throw new SecureConnectBundleException(
          "Cannot read the secure connect bundle " + url + ": " + e, e);
    }
  }

  /**
   * Reads a bundle from {@code in}; the stream is read to its end but not closed.
   *
   * @param source how to name the bundle in error messages
   * @throws SecureConnectBundleException if it is not a usable bundle
   */
  public static SecureConnectBundle read(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    Map<String, byte[]> entries = unzip(in, source);
    for (String name : REQUIRED_ENTRIES) {
      if (!entries.containsKey(name)) {
        throw new SecureConnectBundleException(
            "The secure connect bundle "
                + source
                + " has no '"
                + name
                + "' entry (it holds "
                + entries.keySet()
                + "); download the bundle again from your cloud provider's console");
      }
    }
    Map<String, Object> config = config(entries.get("config.json"), source);
    String host = requiredString(config, "host", source);
    int port = port(config, source);
    SSLContext context = sslContext(entries, source);
    return new SecureConnectBundle(
        source,
        host,
        port,
        optionalString(config, "keyspace"),
        optionalString(config, "localDC"),
        context);
  }

  /** How the bundle is named in messages: its path, URL or the name given. */
  public String source() {
    return source;
  }

  /** The metadata service's host name. */
  public String metadataHost() {
    return metadataHost;
  }

  /** The metadata service's port. */
  public int metadataPort() {
    return metadataPort;
  }

  /** The keyspace that {@code config.json} names, or null. */
  public String keyspace() {
    return keyspace;
  }

  /** The local data center that {@code config.json} names, or null. */
  public String localDatacenter() {
    return localDatacenter;
  }

  /**
   * A TLS context that presents the bundle's client certificate and trusts only its certificate
   * authority; used for the metadata service and for every node.
   */
  public SSLContext sslContext() {
    return sslContext;
  }

  private static Map<String, byte[]> unzip(InputStream in, String source) {
    Map<String, byte[]> entries = new HashMap<>();
    try {
      ZipInputStream zip = new ZipInputStream(in);
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (entry.isDirectory()) {
          continue;
        }
        String name = entry.getName();
        name = name.substring(name.lastIndexOf('/') + 1);
        entries.put(name, readEntry(zip, name, source));
      }
    } catch (IOException e) {
      throw new SecureConnectBundleException(
          "The secure connect bundle " + source + " is not a readable zip file: " + e, e);
    }
    if (entries.isEmpty()) {
      throw new SecureConnectBundleException(
          "The secure connect bundle "
              + source
              + " is empty or not a zip file; download the bundle again");
    }
    return entries;
  }

  private static byte[] readEntry(InputStream in, String name, String source) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int read;
    while ((read = in.read(buffer)) > 0) {
      out.write(buffer, 0, read);
      if (out.size() > MAX_ENTRY_BYTES) {
        throw new SecureConnectBundleException(
            "The entry '" + name + "' of the secure connect bundle " + source + " is over 1 MiB");
      }
    }
    return out.toByteArray();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> config(byte[] bytes, String source) {
    Object parsed;
    try {
      parsed = Json.parse(new String(bytes, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw new SecureConnectBundleException(
          "The 'config.json' of the secure connect bundle " + source + " is " + e.getMessage(), e);
    }
    if (!(parsed instanceof Map)) {
      throw new SecureConnectBundleException(
          "The 'config.json' of the secure connect bundle " + source + " is not a JSON object");
    }
    return (Map<String, Object>) parsed;
  }

  private static String requiredString(Map<String, Object> config, String field, String source) {
    String value = optionalString(config, field);
    if (value == null || value.isBlank()) {
      throw new SecureConnectBundleException(
          "The 'config.json' of the secure connect bundle "
              + source
              + " has no '"
              + field
              + "' (the metadata service's address)");
    }
    return value;
  }

  private static String optionalString(Map<String, Object> config, String field) {
    Object value = config.get(field);
    return value == null ? null : value.toString();
  }

  private static int port(Map<String, Object> config, String source) {
    Object value = config.get("port");
    if (value instanceof Double number
        && number == Math.rint(number)
        && number > 0
        && number < 65536) {
      return number.intValue();
    }
    throw new SecureConnectBundleException(
        "The 'config.json' of the secure connect bundle "
            + source
            + " has no valid 'port' for the metadata service (got "
            + value
            + ")");
  }

  private static SSLContext sslContext(Map<String, byte[]> entries, String source) {
    List<X509Certificate> authorities = certificates(entries, "ca.crt", source);
    List<X509Certificate> chain = certificates(entries, "cert", source);
    PrivateKey key;
    try {
      key = Pem.privateKey(new String(entries.get("key"), StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new SecureConnectBundleException(
          "The 'key' entry of the secure connect bundle " + source + " is not usable: " + e, e);
    }
    checkValid(authorities, "ca.crt", source);
    checkValid(chain, "cert", source);
    checkKeyMatches(key, chain.get(0), source);
    try {
      char[] password = new char[0];
      KeyStore keys = KeyStore.getInstance("PKCS12");
      keys.load(null, null);
      keys.setKeyEntry("client", key, password, chain.toArray(new X509Certificate[0]));
      KeyManagerFactory keyManagers =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keyManagers.init(keys, password);
      KeyStore trusted = KeyStore.getInstance("PKCS12");
      trusted.load(null, null);
      for (int i = 0; i < authorities.size(); i++) {
        trusted.setCertificateEntry("ca" + i, authorities.get(i));
      }
      TrustManagerFactory trustManagers =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trustManagers.init(trusted);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(
          keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), new SecureRandom());
      return context;
    } catch (GeneralSecurityException | IOException e) {
      throw new SecureConnectBundleException(
          "Cannot build a TLS context from the secure connect bundle " + source + ": " + e, e);
    }
  }

  private static List<X509Certificate> certificates(
      Map<String, byte[]> entries, String name, String source) {
    try {
      return Pem.certificates(new String(entries.get(name), StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new SecureConnectBundleException(
          "The '"
              + name
              + "' entry of the secure connect bundle "
              + source
              + " is not a PEM certificate: "
              + e.getMessage()
              + "; download the bundle again",
          e);
    }
  }

  private static void checkValid(List<X509Certificate> certificates, String name, String source) {
    for (X509Certificate certificate : certificates) {
      try {
        certificate.checkValidity();
      } catch (CertificateExpiredException e) {
        throw new SecureConnectBundleException(
            "The certificate in '"
                + name
                + "' of the secure connect bundle "
                + source
                + " ("
                + certificate.getSubjectX500Principal().getName()
                + ") expired on "
                + certificate.getNotAfter().toInstant()
                + "; download a new bundle from your cloud provider's console",
            e);
      } catch (CertificateNotYetValidException e) {
        throw new SecureConnectBundleException(
            "The certificate in '"
                + name
                + "' of the secure connect bundle "
                + source
                + " ("
                + certificate.getSubjectX500Principal().getName()
                + ") is not valid before "
                + certificate.getNotBefore().toInstant()
                + "; check this machine's clock",
            e);
      }
    }
  }

  private static void checkKeyMatches(PrivateKey key, X509Certificate certificate, String source) {
    String algorithm = key.getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
    try {
      byte[] probe = "sibyl-bundle-check".getBytes(StandardCharsets.US_ASCII);
      Signature signer = Signature.getInstance(algorithm);
      signer.initSign(key);
      signer.update(probe);
      byte[] signature = signer.sign();
      Signature verifier = Signature.getInstance(algorithm);
      verifier.initVerify(certificate.getPublicKey());
      verifier.update(probe);
      if (verifier.verify(signature)) {
        return;
      }
    } catch (GeneralSecurityException e) {
      // reported below
    }
    throw new SecureConnectBundleException(
        "The 'key' of the secure connect bundle "
            + source
            + " does not belong to its client certificate 'cert' ("
            + certificate.getSubjectX500Principal().getName()
            + "); the bundle is damaged or mixed from two bundles, download it again");
  }
}
