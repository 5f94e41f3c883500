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
 * details of an embedded node (when no contact point is set), and the customizers.
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
    if (contactPoints != null && !contactPoints.isEmpty()) {
      builder.contactPoints(contactPoints.toArray(String[]::new));
    } else if (details != null) {
      builder.addContactPoints(details.contactPoints());
      if (details.localDatacenter() != null) {
        builder.localDatacenter(details.localDatacenter());
      }
      if (details.username() != null) {
        builder.credentials(details.username(), details.password());
      }
    }
    if (properties.getLocalDatacenter() != null) {
      builder.localDatacenter(properties.getLocalDatacenter());
    }
    if (keyspace != null) {
      builder.keyspace(keyspace);
    }
    if (properties.getUsername() != null) {
      builder.credentials(properties.getUsername(), properties.getPassword());
    }
    if (properties.getRequestTimeout() != null) {
      builder.requestTimeout(properties.getRequestTimeout());
    }
    if (properties.getConsistency() != null) {
      builder.consistency(properties.getConsistency());
    }
    String bundle = properties.getSsl().getBundle();
    if (bundle != null) {
      builder.sslContext(sslContext(bundle));
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
