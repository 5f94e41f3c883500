package io.sibyl.spring.boot;

import io.sibyl.driver.Consistency;
import io.sibyl.mapper.schema.SchemaMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * The {@code sibyl.*} properties of a Spring Boot application: where the cluster is (or the cloud
 * database's secure connect bundle), how to log in (password or Kerberos), request defaults, the
 * paging-token key, and what happens to the schema at startup.
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
   * Base64 of the key (at least 16 bytes; 32 random bytes are best) that signs paging tokens,
   * shared by every instance that must accept the others' tokens; a random key per session when
   * unset.
   */
  private String pagingTokenKey;

  /**
   * Which keyspaces' schema metadata the session reads: all (default), none, mapped (none at start;
   * the mapper adds the keyspaces of the entities it maps), or a list of keyspace names.
   */
  private List<String> schemaMetadata = new ArrayList<>();

  private final Ssl ssl = new Ssl();

  private final Auth auth = new Auth();

  private final Cloud cloud = new Cloud();

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

  /** The paging-token key in Base64, or null for a random key per session. */
  public String getPagingTokenKey() {
    return pagingTokenKey;
  }

  /** Sets the paging-token key, in Base64. */
  public void setPagingTokenKey(String pagingTokenKey) {
    this.pagingTokenKey = pagingTokenKey;
  }

  /** The TLS settings. */
  public Ssl getSsl() {
    return ssl;
  }

  /** The authentication settings other than user name and password. */
  public Auth getAuth() {
    return auth;
  }

  /** The cloud (secure connect bundle) settings. */
  public Cloud getCloud() {
    return cloud;
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

  /** {@code sibyl.auth.*}: authentication other than user name and password. */
  public static class Auth {

    private final Gssapi gssapi = new Gssapi();

    /** The Kerberos (SASL GSSAPI) settings. */
    public Gssapi getGssapi() {
      return gssapi;
    }
  }

  /**
   * {@code sibyl.auth.gssapi.*}: Kerberos through the JDK's SASL GSSAPI mechanism. Credentials come
   * from one source: a keytab (with a principal), a ticket cache (the default when neither a keytab
   * nor a JAAS entry is set) or a JAAS configuration entry.
   */
  public static class Gssapi {

    /** Whether sessions log in with Kerberos; the other gssapi properties apply only then. */
    private boolean enabled;

    /** The service name of the nodes' principals (service/host@REALM). */
    private String serviceName = "cassandra";

    /** The client principal, e.g. alice@EXAMPLE.COM: required with a keytab. */
    private String principal;

    /** The keytab file to log in with (needs the principal). */
    private Path keytab;

    /** The ticket cache file (as filled by kinit); the default cache when unset. */
    private Path ticketCache;

    /** The entry of the JAAS configuration in effect to log in through. */
    private String jaasEntry;

    /** The identity to act as once logged in, if the nodes allow it. */
    private String authorizationId;

    /** SASL client properties, e.g. javax.security.sasl.qop: auth-conf. */
    private Map<String, String> saslProperties = new LinkedHashMap<>();

    /** Whether Kerberos is on. */
    public boolean isEnabled() {
      return enabled;
    }

    /** Turns Kerberos on or off. */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /** The nodes' service name. */
    public String getServiceName() {
      return serviceName;
    }

    /** Sets the nodes' service name. */
    public void setServiceName(String serviceName) {
      this.serviceName = serviceName;
    }

    /** The client principal, or null. */
    public String getPrincipal() {
      return principal;
    }

    /** Sets the client principal. */
    public void setPrincipal(String principal) {
      this.principal = principal;
    }

    /** The keytab, or null. */
    public Path getKeytab() {
      return keytab;
    }

    /** Sets the keytab. */
    public void setKeytab(Path keytab) {
      this.keytab = keytab;
    }

    /** The ticket cache file, or null for the default cache. */
    public Path getTicketCache() {
      return ticketCache;
    }

    /** Sets the ticket cache file. */
    public void setTicketCache(Path ticketCache) {
      this.ticketCache = ticketCache;
    }

    /** The JAAS entry, or null. */
    public String getJaasEntry() {
      return jaasEntry;
    }

    /** Sets the JAAS entry. */
    public void setJaasEntry(String jaasEntry) {
      this.jaasEntry = jaasEntry;
    }

    /** The authorization id, or null. */
    public String getAuthorizationId() {
      return authorizationId;
    }

    /** Sets the authorization id. */
    public void setAuthorizationId(String authorizationId) {
      this.authorizationId = authorizationId;
    }

    /** The SASL client properties. */
    public Map<String, String> getSaslProperties() {
      return saslProperties;
    }

    /** Sets the SASL client properties. */
    public void setSaslProperties(Map<String, String> saslProperties) {
      this.saslProperties = saslProperties;
    }
  }

  /** {@code sibyl.cloud.*}: a cloud database reached through its secure connect bundle. */
  public static class Cloud {

    /**
     * The secure connect bundle (a zip: file:, classpath: or any Spring resource). It gives the
     * contact points, the TLS context and, unless set here, the local data center and keyspace; do
     * not set sibyl.contact-points or sibyl.ssl.bundle with it.
     */
    private Resource secureConnectBundle;

    /** The bundle, or null. */
    public Resource getSecureConnectBundle() {
      return secureConnectBundle;
    }

    /** Sets the bundle. */
    public void setSecureConnectBundle(Resource secureConnectBundle) {
      this.secureConnectBundle = secureConnectBundle;
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
