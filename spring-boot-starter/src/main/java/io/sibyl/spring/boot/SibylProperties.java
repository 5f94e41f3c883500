package io.sibyl.spring.boot;

import io.sibyl.driver.Consistency;
import io.sibyl.mapper.schema.SchemaMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code sibyl.*} properties of a Spring Boot application: where the cluster is, how to log in,
 * request defaults, and what happens to the schema at startup.
 */
@ConfigurationProperties("sibyl")
public class SibylProperties {

  /**
   * The nodes tried first, as host:port (port 9042 by default). When none is set and
   * sibyl-embedded-cassandra is on the class path, an embedded node is started for development.
   */
  private List<String> contactPoints = new ArrayList<>();

  /** The data center whose nodes are preferred; optional with a single data center. */
  private String localDatacenter;

  /** The keyspace of the session and of the mapper's unqualified tables. */
  private String keyspace;

  /** The user name of password authentication. */
  private String username;

  /** The password of password authentication. */
  private String password;

  /** How long a request may take, all retries included (e.g. 2s). */
  private Duration requestTimeout;

  /** The default consistency of requests (e.g. local-quorum). */
  private Consistency consistency;

  /**
   * Which keyspaces' schema metadata the session reads: all (default), none, mapped (none at start;
   * the mapper adds the keyspaces of the entities it maps), or a list of keyspace names.
   */
  private List<String> schemaMetadata = new ArrayList<>();

  private final Ssl ssl = new Ssl();

  private final Schema schema = new Schema();

  /** The contact points, as host:port. */
  public List<String> getContactPoints() {
    return contactPoints;
  }

  /** Sets the contact points. */
  public void setContactPoints(List<String> contactPoints) {
    this.contactPoints = contactPoints;
  }

  /** The local data center, or null. */
  public String getLocalDatacenter() {
    return localDatacenter;
  }

  /** Sets the local data center. */
  public void setLocalDatacenter(String localDatacenter) {
    this.localDatacenter = localDatacenter;
  }

  /** The keyspace, or null. */
  public String getKeyspace() {
    return keyspace;
  }

  /** Sets the keyspace. */
  public void setKeyspace(String keyspace) {
    this.keyspace = keyspace;
  }

  /** The user name, or null. */
  public String getUsername() {
    return username;
  }

  /** Sets the user name. */
  public void setUsername(String username) {
    this.username = username;
  }

  /** The password, or null. */
  public String getPassword() {
    return password;
  }

  /** Sets the password. */
  public void setPassword(String password) {
    this.password = password;
  }

  /** The request timeout, or null for the driver's default. */
  public Duration getRequestTimeout() {
    return requestTimeout;
  }

  /** Sets the request timeout. */
  public void setRequestTimeout(Duration requestTimeout) {
    this.requestTimeout = requestTimeout;
  }

  /** The default consistency, or null for the driver's default. */
  public Consistency getConsistency() {
    return consistency;
  }

  /** Sets the default consistency. */
  public void setConsistency(Consistency consistency) {
    this.consistency = consistency;
  }

  /** The TLS settings. */
  public Ssl getSsl() {
    return ssl;
  }

  /** {@code sibyl.schema-metadata}: all, none, mapped or keyspace names; empty means all. */
  public List<String> getSchemaMetadata() {
    return schemaMetadata;
  }

  /** Sets {@code sibyl.schema-metadata}. */
  public void setSchemaMetadata(List<String> schemaMetadata) {
    this.schemaMetadata = schemaMetadata;
  }

  /** The schema settings. */
  public Schema getSchema() {
    return schema;
  }

  /** {@code sibyl.ssl.*}: TLS from one of Spring Boot's SSL bundles ({@code spring.ssl.bundle}). */
  public static class Ssl {

    /** The name of the SSL bundle (spring.ssl.bundle.*) whose SSLContext encrypts connections. */
    private String bundle;

    /** The bundle name, or null for plain connections. */
    public String getBundle() {
      return bundle;
    }

    /** Sets the bundle name. */
    public void setBundle(String bundle) {
      this.bundle = bundle;
    }
  }

  /** {@code sibyl.schema.*}: what the application does with the schema when it starts. */
  public static class Schema {

    /**
     * What startup does with the schema of the mapped entities: none, validate (fail on any
     * difference), apply-safe (run the migrations, then apply the safe changes; fail with the plan
     * when an unsafe one is needed) or dry-run (log the plan).
     */
    private SchemaMode mode = SchemaMode.NONE;

    /**
     * Creates a missing keyspace with this replication: simple:N (SimpleStrategy with N replicas),
     * network:dc1=3,dc2=2 (NetworkTopologyStrategy), or a CQL replication map. Used in mode
     * apply-safe.
     */
    private String createKeyspace;

    /** The class path folder of versioned CQL migrations (V1__name.cql...). */
    private String migrations = "db/migration";

    /** The schema mode. */
    public SchemaMode getMode() {
      return mode;
    }

    /** Sets the schema mode. */
    public void setMode(SchemaMode mode) {
      this.mode = mode;
    }

    /** The replication of created keyspaces, or null to never create one. */
    public String getCreateKeyspace() {
      return createKeyspace;
    }

    /** Sets the replication of created keyspaces. */
    public void setCreateKeyspace(String createKeyspace) {
      this.createKeyspace = createKeyspace;
    }

    /** The migrations' class path folder. */
    public String getMigrations() {
      return migrations;
    }

    /** Sets the migrations' class path folder. */
    public void setMigrations(String migrations) {
      this.migrations = migrations;
    }
  }
}
