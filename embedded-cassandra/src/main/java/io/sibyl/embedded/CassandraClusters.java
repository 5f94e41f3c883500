package io.sibyl.embedded;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts (or names) the Cassandra cluster that the environment asks for, so the same tests run
 * against forked nodes on a laptop, a container where Docker is available, or CI's own cluster.
 *
 * <p>Every setting is read from a system property first, then from an environment variable:
 *
 * <table>
 *   <caption>Settings</caption>
 *   <tr><th>property</th><th>variable</th><th>meaning</th></tr>
 *   <tr><td>{@code sibyl.contactPoints}</td><td>{@code SIBYL_CONTACT_POINTS}</td>
 *       <td>use an external cluster at these {@code host[:port]}s (see {@link ExternalCassandra})</td></tr>
 *   <tr><td>{@code sibyl.backend}</td><td>{@code SIBYL_BACKEND}</td>
 *       <td>{@code embedded}, {@code testcontainers} or {@code external}</td></tr>
 * </table>
 *
 * <p>Without either, Testcontainers is used if its Cassandra module is on the class path, the
 * requested cluster fits in one container (one node, no authentication, no TLS) and a Docker engine
 * answers a ping on its socket; otherwise {@link EmbeddedCassandra}.
 */
public final class CassandraClusters {

  private static final Logger LOG = LoggerFactory.getLogger(CassandraClusters.class);

  private CassandraClusters() {}

  /** The cluster the environment asks for, with a default one-node embedded cluster otherwise. */
  public static CassandraCluster fromEnvironment() {
    return fromEnvironment(EmbeddedCassandra.builder());
  }

  /**
   * The cluster the environment asks for.
   *
   * @param embedded the cluster to start when the embedded backend is chosen; its node count,
   *     authentication, TLS, version and start timeout also decide whether Testcontainers fits
   * @return a started (or external) cluster; close it when done
   * @throws EmbeddedCassandraException if the environment is inconsistent or the cluster does not
   *     start
   */
  public static CassandraCluster fromEnvironment(EmbeddedCassandra.Builder embedded) {
    ClusterSettings settings = embedded.settings();
    BackendChoice choice = choose(settings);
    LOG.info("Using the {} Cassandra backend: {}", choice.backend(), choice.reason());
    switch (choice.backend()) {
      case EXTERNAL:
        return ExternalCassandra.fromEnvironment();
      case TESTCONTAINERS:
        return TestcontainersCassandra.start(settings);
      case EMBEDDED:
      default:
        return embedded.start();
    }
  }

  /**
   * The backend {@link #fromEnvironment(EmbeddedCassandra.Builder)} would use for these settings,
   * without starting anything (it may ping the Docker engine).
   */
  public static CassandraBackend chosenBackend(EmbeddedCassandra.Builder embedded) {
    return choose(embedded.settings()).backend();
  }

  private static BackendChoice choose(ClusterSettings settings) {
    return BackendChoice.choose(
        CassandraClusters::setting,
        settings,
        TestcontainersCassandra.isAvailable(),
        () ->
            DockerEngineProbe.answersPing(
                DockerEngineProbe.socket(System.getenv("DOCKER_HOST")),
                DockerEngineProbe.DEFAULT_TIMEOUT));
  }

  /**
   * A setting named by its environment variable ({@code SIBYL_LOCAL_DC}): the system property of
   * the camel-cased name ({@code sibyl.localDc}) if set, else the variable, else {@code null}.
   */
  static String setting(String variable) {
    String property = System.getProperty(propertyName(variable));
    return property != null ? property : System.getenv(variable);
  }

  /** {@code SIBYL_CONTACT_POINTS} becomes {@code sibyl.contactPoints}. */
  static String propertyName(String variable) {
    String[] words = variable.toLowerCase(Locale.ROOT).split("_");
    StringBuilder name = new StringBuilder(words[0]).append('.');
    for (int i = 1; i < words.length; i++) {
      name.append(i == 1 ? words[i] : capitalize(words[i]));
    }
    return name.toString();
  }

  private static String capitalize(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
