package io.sibyl.embedded;

import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;

/**
 * Which backend {@link CassandraClusters#fromEnvironment()} uses, and why (for the log).
 *
 * @param backend the chosen backend
 * @param reason what in the environment chose it
 */
record BackendChoice(CassandraBackend backend, String reason) {

  /** Names the backend explicitly: {@code embedded}, {@code testcontainers} or {@code external}. */
  static final String BACKEND = "SIBYL_BACKEND";

  /**
   * Chooses, in this order: external if contact points are set; the backend named by {@value
   * #BACKEND}; Testcontainers if it is on the class path, fits the settings and a Docker engine
   * answers; else embedded.
   *
   * @param setting maps a setting's environment variable name to its value, or {@code null}
   * @param settings what the caller asks of the cluster
   * @param testcontainersAvailable whether Testcontainers' Cassandra module is on the class path
   * @param dockerAnswers pings the Docker engine; called only when its answer matters
   * @throws EmbeddedCassandraException if the named backend is unknown or cannot be used
   */
  static BackendChoice choose(
      UnaryOperator<String> setting,
      ClusterSettings settings,
      boolean testcontainersAvailable,
      BooleanSupplier dockerAnswers) {
    String contactPoints = setting.apply(ExternalCassandra.CONTACT_POINTS);
    if (contactPoints != null && !contactPoints.isBlank()) {
      return new BackendChoice(
          CassandraBackend.EXTERNAL, ExternalCassandra.CONTACT_POINTS + " is set");
    }
    String named = setting.apply(BACKEND);
    if (named != null && !named.isBlank()) {
      return named(named.trim().toLowerCase(Locale.ROOT), testcontainersAvailable);
    }
    if (!testcontainersAvailable) {
      return new BackendChoice(
          CassandraBackend.EMBEDDED, "Testcontainers is not on the class path");
    }
    if (!TestcontainersCassandra.supports(settings)) {
      return new BackendChoice(
          CassandraBackend.EMBEDDED,
          "the Testcontainers backend runs one node without authentication or TLS");
    }
    if (!dockerAnswers.getAsBoolean()) {
      return new BackendChoice(CassandraBackend.EMBEDDED, "no Docker engine answers");
    }
    return new BackendChoice(CassandraBackend.TESTCONTAINERS, "a Docker engine answers");
  }

  private static BackendChoice named(String name, boolean testcontainersAvailable) {
    String reason = BACKEND + "=" + name;
    switch (name) {
      case "embedded":
        return new BackendChoice(CassandraBackend.EMBEDDED, reason);
      case "testcontainers":
        if (!testcontainersAvailable) {
          throw new EmbeddedCassandraException(
              reason
                  + " but "
                  + TestcontainersCassandra.CONTAINER_CLASS
                  + " is not on the class path: add org.testcontainers:testcontainers-cassandra to"
                  + " the test dependencies");
        }
        return new BackendChoice(CassandraBackend.TESTCONTAINERS, reason);
      case "external":
        throw new EmbeddedCassandraException(
            reason + " but " + ExternalCassandra.CONTACT_POINTS + " is not set");
      default:
        throw new EmbeddedCassandraException(
            "Unknown " + reason + ": use embedded, testcontainers or external");
    }
  }
}
