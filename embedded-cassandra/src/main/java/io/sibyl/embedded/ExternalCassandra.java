package io.sibyl.embedded;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A cluster that something else runs (a developer's Cassandra, CI's service), named by settings
 * read from a system property or, failing that, an environment variable:
 *
 * <ul>
 *   <li>{@code sibyl.contactPoints} / {@code SIBYL_CONTACT_POINTS}: comma-separated {@code
 *       host[:port]} (port 9042 by default; IPv6 as {@code [::1]:9042}), required;
 *   <li>{@code sibyl.localDc} / {@code SIBYL_LOCAL_DC}: default {@code datacenter1};
 *   <li>{@code sibyl.username} / {@code SIBYL_USERNAME} and {@code sibyl.password} / {@code
 *       SIBYL_PASSWORD}: only if the cluster needs a login.
 * </ul>
 *
 * <p>Closing it does nothing: the cluster is not ours.
 */
public final class ExternalCassandra implements CassandraCluster {

  /** Names the contact points; its presence selects this backend. */
  public static final String CONTACT_POINTS = "SIBYL_CONTACT_POINTS";

  /** Names the local data center. */
  public static final String LOCAL_DC = "SIBYL_LOCAL_DC";

  /** Names the user to log in as. */
  public static final String USERNAME = "SIBYL_USERNAME";

  /** Names the password to log in with. */
  public static final String PASSWORD = "SIBYL_PASSWORD";

  private static final int DEFAULT_PORT = 9042;

  private final List<InetSocketAddress> contactPoints;
  private final String localDatacenter;
  private final String username;
  private final String password;

  /**
   * Describes an external cluster.
   *
   * @param contactPoints CQL addresses of some of its nodes; not empty
   * @param localDatacenter the data center of the contact points
   * @param username the user to log in as, or {@code null} for none
   * @param password the password of {@code username}, or {@code null} for none
   */
  public ExternalCassandra(
      List<InetSocketAddress> contactPoints,
      String localDatacenter,
      String username,
      String password) {
    if (contactPoints.isEmpty()) {
      throw new IllegalArgumentException("An external cluster needs at least one contact point");
    }
    this.contactPoints = List.copyOf(contactPoints);
    this.localDatacenter = localDatacenter;
    this.username = username;
    this.password = password;
  }

  /**
   * Reads the settings from system properties and the environment.
   *
   * @throws EmbeddedCassandraException if no contact points are set or they cannot be parsed
   */
  public static ExternalCassandra fromEnvironment() {
    return fromSettings(CassandraClusters::setting);
  }

  /**
   * Reads the settings through {@code setting}, which maps an environment variable name (such as
   * {@value #CONTACT_POINTS}) to its value or {@code null}.
   */
  static ExternalCassandra fromSettings(UnaryOperator<String> setting) {
    String contactPoints = setting.apply(CONTACT_POINTS);
    if (contactPoints == null || contactPoints.isBlank()) {
      throw new EmbeddedCassandraException(
          "The external Cassandra backend needs contact points: set "
              + CONTACT_POINTS
              + " (or -Dsibyl.contactPoints) to host[:port],host[:port]...");
    }
    String localDc = setting.apply(LOCAL_DC);
    return new ExternalCassandra(
        parseContactPoints(contactPoints),
        localDc == null || localDc.isBlank() ? ClusterSettings.DATACENTER : localDc.trim(),
        blankToNull(setting.apply(USERNAME)),
        blankToNull(setting.apply(PASSWORD)));
  }

  /**
   * Parses comma-separated {@code host[:port]} entries; {@code [v6address]:port} for IPv6.
   *
   * @throws EmbeddedCassandraException on an empty entry or a bad port
   */
  static List<InetSocketAddress> parseContactPoints(String text) {
    List<InetSocketAddress> addresses = new ArrayList<>();
    for (String rawEntry : text.split(",")) {
      String entry = rawEntry.trim();
      if (entry.isEmpty()) {
        throw new EmbeddedCassandraException(
            "Empty contact point in " + CONTACT_POINTS + "=\"" + text + "\"");
      }
      addresses.add(parseContactPoint(entry, text));
    }
    return addresses;
  }

  private static InetSocketAddress parseContactPoint(String entry, String text) {
    String host = entry;
    String port = null;
    if (entry.startsWith("[")) {
      int end = entry.indexOf(']');
      if (end < 0) {
        throw new EmbeddedCassandraException("Unclosed [ in contact point " + entry);
      }
      host = entry.substring(1, end);
      if (entry.length() > end + 1) {
        if (entry.charAt(end + 1) != ':') {
          throw new EmbeddedCassandraException("Expected :port after ] in contact point " + entry);
        }
        port = entry.substring(end + 2);
      }
    } else if (entry.indexOf(':') >= 0 && entry.indexOf(':') == entry.lastIndexOf(':')) {
      host = entry.substring(0, entry.indexOf(':'));
      port = entry.substring(entry.indexOf(':') + 1);
    }
    return new InetSocketAddress(host, port == null ? DEFAULT_PORT : parsePort(port, text));
  }

  private static int parsePort(String port, String text) {
    try {
      int value = Integer.parseInt(port.trim());
      if (value >= 1 && value <= 65535) {
        return value;
      }
    } catch (NumberFormatException e) {
      // Reported below.
    }
    throw new EmbeddedCassandraException(
        "Bad port \"" + port + "\" in " + CONTACT_POINTS + "=\"" + text + "\"");
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  @Override
  public CassandraBackend backend() {
    return CassandraBackend.EXTERNAL;
  }

  @Override
  public List<InetSocketAddress> contactPoints() {
    return contactPoints;
  }

  @Override
  public String localDatacenter() {
    return localDatacenter;
  }

  @Override
  public String username() {
    return username;
  }

  @Override
  public String password() {
    return password;
  }

  /** Always empty: TLS settings for external clusters are not supported yet. */
  @Override
  public Optional<TlsStores> tls() {
    return Optional.empty();
  }

  /** Does nothing: the cluster is not ours to stop. */
  @Override
  public void close() {}

  @Override
  public String toString() {
    return "ExternalCassandra" + contactPoints;
  }
}
