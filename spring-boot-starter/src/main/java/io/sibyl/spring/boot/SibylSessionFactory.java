package io.sibyl.spring.boot;

import io.sibyl.driver.Session;
import io.sibyl.driver.SessionBuilder;
import io.sibyl.mapper.generated.CqlNames;
import io.sibyl.mapper.schema.SchemaMode;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ssl.SslBundles;

/**
 * Builds the auto-configured {@link Session} from the {@code sibyl.*} properties, the connection
 * details of an embedded node (when no contact point is set) or of a service connection (which
 * overrides the properties' contact points, data center and credentials), and the customizers.
 */
final class SibylSessionFactory {

  private static final Logger LOG = LoggerFactory.getLogger(SibylSessionFactory.class);

  private final SibylProperties properties;
  private final SibylConnectionDetails details;
  private final SslBundles sslBundles;
  private final List<SibylSessionBuilderCustomizer> customizers;

  SibylSessionFactory(
      SibylProperties properties,
      SibylConnectionDetails details,
      SslBundles sslBundles,
      List<SibylSessionBuilderCustomizer> customizers) {
    this.properties = properties;
    this.details = details;
    this.sslBundles = sslBundles;
    this.customizers = customizers;
  }

  /** Connects; in mode apply-safe with create-keyspace set, first creates the keyspace. */
  Session create() {
    String keyspace = properties.getKeyspace();
    SibylProperties.Schema schema = properties.getSchema();
    boolean createKeyspace =
        keyspace != null
            && schema.getCreateKeyspace() != null
            && schema.getMode() == SchemaMode.APPLY_SAFE;
    if (!createKeyspace) {
      return builder(keyspace).build();
    }
    String replication = KeyspaceReplication.toCql(schema.getCreateKeyspace());
    // The session's connections USE the keyspace when they open, so it must exist before.
    Session session = builder(null).build();
    try {
      String name = CqlNames.quoteIfNeeded(keyspace);
      session.execute(
          "CREATE KEYSPACE IF NOT EXISTS " + name + " WITH replication = " + replication);
      session.execute("USE " + name);
      LOG.info("Sibyl session uses keyspace {} (created if missing: {})", keyspace, replication);
      return session;
    } catch (RuntimeException e) {
      session.close();
      throw e;
    }
  }

  private SessionBuilder builder(String keyspace) {
    SessionBuilder builder = Session.builder();
    List<String> contactPoints = properties.getContactPoints();
    // A service connection (Testcontainers...) overrides the properties, as in Spring Boot.
    boolean serviceConnection = details instanceof ServiceConnectionDetails;
    boolean useDetails =
        details != null && (serviceConnection || contactPoints == null || contactPoints.isEmpty());
    if (useDetails) {
      builder.addContactPoints(details.contactPoints());
    } else if (contactPoints != null && !contactPoints.isEmpty()) {
      builder.contactPoints(contactPoints.toArray(String[]::new));
    }
    String localDatacenter = properties.getLocalDatacenter();
    if (useDetails
        && details.localDatacenter() != null
        && (serviceConnection || localDatacenter == null)) {
      localDatacenter = details.localDatacenter();
    }
    if (localDatacenter != null) {
      builder.localDatacenter(localDatacenter);
    }
    String username = properties.getUsername();
    String password = properties.getPassword();
    if (useDetails && details.username() != null && (serviceConnection || username == null)) {
      username = details.username();
      password = details.password();
    }
    if (username != null) {
      builder.credentials(username, password);
    }
    if (keyspace != null) {
      builder.keyspace(keyspace);
    }
    if (properties.getRequestTimeout() != null) {
      builder.requestTimeout(properties.getRequestTimeout());
    }
    if (properties.getConsistency() != null) {
      builder.consistency(properties.getConsistency());
    }
    SchemaMetadataSetting.apply(properties.getSchemaMetadata(), builder);
    String bundle = properties.getSsl().getBundle();
    if (bundle != null) {
      builder.sslContext(sslContext(bundle));
    } else if (useDetails && details.sslContext() != null) {
      builder.sslContext(details.sslContext());
    }
    customizers.forEach(customizer -> customizer.customize(builder));
    return builder;
  }

  private SSLContext sslContext(String bundle) {
    if (sslBundles == null) {
      throw new SibylStartupException(
          "sibyl.ssl.bundle='"
              + bundle
              + "' is set but the application has no SslBundles bean: declare the bundle under"
              + " spring.ssl.bundle.jks."
              + bundle
              + " or spring.ssl.bundle.pem."
              + bundle);
    }
    return sslBundles.getBundle(bundle).createSslContext();
  }
}
