package io.sibyl.embedded;

/** Where a {@link CassandraCluster} runs. */
public enum CassandraBackend {
  /**
   * Forked JVMs on this machine, started from the bundled {@code cassandra-all} ({@link
   * EmbeddedCassandra}).
   */
  EMBEDDED,
  /** A Docker container started by Testcontainers (one node). */
  TESTCONTAINERS,
  /**
   * A cluster someone else runs, named by {@code SIBYL_CONTACT_POINTS} ({@link ExternalCassandra}).
   */
  EXTERNAL
}
