package io.sibyl.embedded;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Generates self-signed server and client certificates and the four stores of {@link TlsFiles} with
 * the JDK's {@code keytool} (from {@code java.home}), so no extra library is needed.
 */
final class TlsFilesGenerator {

  private static final Duration KEYTOOL_TIMEOUT = Duration.ofSeconds(60);

  private TlsFilesGenerator() {}

  /**
   * Writes the stores into {@code directory}.
   *
   * @param directory an existing, empty directory
   * @param serverAddresses the addresses the server certificate names (as IP SANs)
   * @return the generated files
   * @throws EmbeddedCassandraException if keytool fails
   */
  static TlsFiles generate(Path directory, List<InetAddress> serverAddresses) {
    String password = randomPassword();
    TlsFiles files =
        new TlsFiles(
            directory.resolve("server-keystore.p12"),
            directory.resolve("server-truststore.p12"),
            directory.resolve("client-truststore.p12"),
            directory.resolve("client-keystore.p12"),
            password);
    StringBuilder san = new StringBuilder("SAN=dns:localhost");
    for (InetAddress address : serverAddresses) {
      san.append(",ip:").append(address.getHostAddress());
    }
    Path serverCertificate = directory.resolve("server.crt");
    Path clientCertificate = directory.resolve("client.crt");
    generateKeyPair(
        files.serverKeystore(), "node", "CN=sibyl-embedded-node", san.toString(), password);
    generateKeyPair(files.clientKeystore(), "client", "CN=sibyl-embedded-client", null, password);
    exportCertificate(files.serverKeystore(), "node", serverCertificate, password);
    exportCertificate(files.clientKeystore(), "client", clientCertificate, password);
    importCertificate(files.clientTruststore(), "node", serverCertificate, password);
    importCertificate(files.serverTruststore(), "client", clientCertificate, password);
    return files;
  }

  private static void generateKeyPair(
      Path keystore, String alias, String distinguishedName, String extension, String password) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "-genkeypair",
                "-alias",
                alias,
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-validity",
                "3650",
                "-dname",
                distinguishedName));
    if (extension != null) {
      args.add("-ext");
      args.add(extension);
    }
    args.addAll(storeArguments(keystore, password));
    args.add("-keypass");
    args.add(password);
    keytool(args);
  }

  private static void exportCertificate(
      Path keystore, String alias, Path certificate, String password) {
    List<String> args =
        new ArrayList<>(
            List.of("-exportcert", "-rfc", "-alias", alias, "-file", certificate.toString()));
    args.addAll(storeArguments(keystore, password));
    keytool(args);
  }

  private static void importCertificate(
      Path truststore, String alias, Path certificate, String password) {
    List<String> args =
        new ArrayList<>(
            List.of("-importcert", "-noprompt", "-alias", alias, "-file", certificate.toString()));
    args.addAll(storeArguments(truststore, password));
    keytool(args);
  }

  private static List<String> storeArguments(Path store, String password) {
    return List.of(
        "-keystore", store.toString(), "-storetype", TlsStores.STORE_TYPE, "-storepass", password);
  }

  private static void keytool(List<String> args) {
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    List<String> command = new ArrayList<>();
    command.add(keytool.toString());
    command.addAll(args);
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getOutputStream().close();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(KEYTOOL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new EmbeddedCassandraException(
            "keytool " + args.get(0) + " did not finish in " + KEYTOOL_TIMEOUT);
      }
      if (process.exitValue() != 0) {
        throw new EmbeddedCassandraException(
            "keytool "
                + args.get(0)
                + " failed with exit code "
                + process.exitValue()
                + ": "
                + output.trim());
      }
    } catch (IOException e) {
      throw new EmbeddedCassandraException(
          "Cannot run " + keytool + " to generate TLS stores; is java.home a full JDK?", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EmbeddedCassandraException("Interrupted while generating TLS stores", e);
    }
  }

  private static String randomPassword() {
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder();
    String alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    for (int i = 0; i < 20; i++) {
      password.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return password.toString();
  }
}
