package io.sibyl.testsupport.cloud;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Self-signed certificates for tests, made with the JDK's {@code keytool} (no extra library),
 * including expired ones.
 */
public final class TestCertificates {
  private static final long KEYTOOL_TIMEOUT_SECONDS = 60;

  private TestCertificates() {}

  /**
   * A private key and its certificate.
   *
   * @param key the private key
   * @param certificate the self-signed certificate
   */
  public record KeyAndCertificate(PrivateKey key, X509Certificate certificate) {}

  /**
   * A new RSA key and a self-signed certificate for {@code distinguishedName}.
   *
   * @param directory a directory for keytool's temporary key store
   * @param startDaysAgo how many days ago the certificate's validity starts
   * @param validityDays how many days it is valid from then (so {@code startDaysAgo > validityDays}
   *     gives an expired certificate)
   * @throws IOException if keytool fails
   */
  public static KeyAndCertificate selfSigned(
      Path directory, String distinguishedName, int startDaysAgo, int validityDays)
      throws IOException {
    Path store = Files.createTempFile(directory, "cert", ".p12");
    Files.delete(store);
    String password = "changeit";
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.addAll(
        List.of(
            "-genkeypair",
            "-alias",
            "key",
            "-keyalg",
            "RSA",
            "-keysize",
            "2048",
            "-dname",
            distinguishedName,
            "-startdate",
            "-" + startDaysAgo + "d",
            "-validity",
            Integer.toString(validityDays),
            "-keystore",
            store.toString(),
            "-storetype",
            "PKCS12",
            "-storepass",
            password,
            "-keypass",
            password));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (!process.waitFor(KEYTOOL_TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IOException("keytool -genkeypair failed: " + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while waiting for keytool", e);
    }
    try (InputStream in = Files.newInputStream(store)) {
      KeyStore keys = KeyStore.getInstance("PKCS12");
      keys.load(in, password.toCharArray());
      return new KeyAndCertificate(
          (PrivateKey) keys.getKey("key", password.toCharArray()),
          (X509Certificate) keys.getCertificate("key"));
    } catch (GeneralSecurityException e) {
      throw new IOException("Cannot read keytool's key store " + store, e);
    } finally {
      Files.deleteIfExists(store);
    }
  }

  /**
   * The key and certificate stored under {@code alias} in a PKCS12 file.
   *
   * @throws IOException if the file cannot be read
   */
  public static KeyAndCertificate fromStore(Path store, String password, String alias)
      throws IOException {
    try (InputStream in = Files.newInputStream(store)) {
      KeyStore keys = KeyStore.getInstance("PKCS12");
      keys.load(in, password.toCharArray());
      return new KeyAndCertificate(
          (PrivateKey) keys.getKey(alias, password.toCharArray()),
          (X509Certificate) keys.getCertificate(alias));
    } catch (GeneralSecurityException e) {
      throw new IOException("Cannot read " + alias + " from " + store, e);
    }
  }
}
