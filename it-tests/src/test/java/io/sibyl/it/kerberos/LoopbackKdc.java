package io.sibyl.it.kerberos;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.kerby.kerberos.kerb.KrbException;
import org.apache.kerby.kerberos.kerb.server.SimpleKdcServer;
import org.apache.kerby.kerberos.kerb.type.ticket.TgtTicket;

/**
 * An in-process KDC (Apache Kerby) on 127.0.0.1 and a free TCP port, with a krb5.conf for the JDK
 * that names it. It sets {@code java.security.krb5.conf} to that file while it runs (Kerby's start
 * sets it too) and restores the previous value on close.
 */
final class LoopbackKdc implements AutoCloseable {
  static final String REALM = "SIBYL.TEST";

  private static final String KRB5_CONF = "java.security.krb5.conf";

  private final SimpleKdcServer kdc;
  private final Path directory;
  private final Path krb5Conf;
  private final String previousKrb5Conf;

  private LoopbackKdc(SimpleKdcServer kdc, Path directory, Path krb5Conf, String previous) {
    this.kdc = kdc;
    this.directory = directory;
    this.krb5Conf = krb5Conf;
    this.previousKrb5Conf = previous;
  }

  /** Starts a KDC whose files (database, krb5.conf, keytabs) live in {@code directory}. */
  static LoopbackKdc start(Path directory) throws KrbException, IOException {
    String previous = System.getProperty(KRB5_CONF);
    int port = freePort();
    SimpleKdcServer kdc = new SimpleKdcServer();
    kdc.setWorkDir(directory.toFile());
    kdc.setKdcHost("127.0.0.1");
    kdc.setKdcRealm(REALM);
    kdc.setAllowUdp(false);
    kdc.setKdcTcpPort(port);
    kdc.init();
    kdc.start();
    Path krb5Conf = directory.resolve("sibyl-krb5.conf");
    // No DNS anywhere: service principals are named after loopback addresses, used as given.
    Files.writeString(
        krb5Conf,
        "[libdefaults]\n"
            + "  default_realm = "
            + REALM
            + "\n  dns_lookup_kdc = false\n"
            + "  dns_lookup_realm = false\n"
            + "  dns_canonicalize_hostname = false\n"
            + "  rdns = false\n"
            + "  udp_preference_limit = 1\n"
            + "  kdc_timeout = 3000\n"
            + "  max_retries = 1\n"
            + "[realms]\n  "
            + REALM
            + " = {\n    kdc = 127.0.0.1:"
            + port
            + "\n  }\n",
        StandardCharsets.UTF_8);
    System.setProperty(KRB5_CONF, krb5Conf.toString());
    return new LoopbackKdc(kdc, directory, krb5Conf, previous);
  }

  /** The krb5.conf that names this KDC, for this JVM and the node's. */
  Path krb5Conf() {
    return krb5Conf;
  }

  /** Creates {@code name@REALM} with a random key and exports it to a keytab of its own. */
  Path principalWithKeytab(String name) throws KrbException {
    Path keytab = directory.resolve(name.replace('/', '_') + ".keytab");
    principalWithKeytab(name, keytab);
    return keytab;
  }

  /** Creates {@code name@REALM} with a random key and exports it to {@code keytab}. */
  void principalWithKeytab(String name, Path keytab) throws KrbException {
    // Only this principal: Kerby's createAndExportPrincipals would export every principal.
    kdc.createPrincipal(principal(name));
    kdc.exportPrincipal(principal(name), keytab.toFile());
  }

  /** Logs {@code name} in with its keytab and stores its ticket-granting ticket in a cache. */
  Path ticketCache(String name, Path keytab) throws KrbException {
    TgtTicket tgt = kdc.getKrbClient().requestTgt(principal(name), keytab.toFile());
    File cache = directory.resolve(name + ".ccache").toFile();
    kdc.getKrbClient().storeTicket(tgt, cache);
    return cache.toPath();
  }

  /** The full principal name of {@code name} in this realm. */
  static String principal(String name) {
    return name + "@" + REALM;
  }

  @Override
  public void close() throws KrbException {
    try {
      kdc.stop();
    } finally {
      if (previousKrb5Conf == null) {
        System.clearProperty(KRB5_CONF);
      } else {
        System.setProperty(KRB5_CONF, previousKrb5Conf);
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
