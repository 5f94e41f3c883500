package io.sibyl.spring.boot;

import io.sibyl.driver.Session;
import io.sibyl.driver.SessionBuilder;
import io.sibyl.mapper.generated.CqlNames;
import io.sibyl.mapper.schema.SchemaMode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.core.io.Resource;

/**
 * Builds the auto-configured {@link Session} from the {@code sibyl.*} properties, the connection
 * details of an embedded node (when no contact point is set) or of a service connection (which
 * overrides the properties' contact points, data center and credentials, and the cloud bundle), and
 * the customizers.
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
    Resource cloudBundle = properties.getCloud().getSecureConnectBundle();
    boolean cloud = cloudBundle != null && !serviceConnection;
    boolean useDetails =
        details != null
            && (serviceConnection
                || (!cloud && (contactPoints == null || contactPoints.isEmpty())));
    if (useDetails) {
      builder.addContactPoints(details.contactPoints());
    } else if (cloud) {
      cloudBundle(builder, cloudBundle);
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
    if (properties.getAuth().getGssapi().isEnabled()) {
      if (username != null) {
        throw new SibylStartupException(
            "sibyl.auth.gssapi.enabled=true and a user name (sibyl.username or a connection's"
                + " credentials) are both set: keep one way to log in");
      }
      builder.authProvider(SibylGssapi.provider(properties.getAuth().getGssapi()));
    }
    if (properties.getPagingTokenKey() != null) {
      builder.pagingTokenKey(pagingTokenKey(properties.getPagingTokenKey()));
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
    if (bundle != null && cloud) {
      throw new SibylStartupException(
          "sibyl.ssl.bundle='"
              + bundle
              + "' and sibyl.cloud.secure-connect-bundle are both set: the secure connect bundle"
              + " holds the TLS context; remove sibyl.ssl.bundle");
    }
    if (bundle != null) {
      builder.sslContext(sslContext(bundle));
    } else if (useDetails && details.sslContext() != null) {
      builder.sslContext(details.sslContext());
    }
    customizers.forEach(customizer -> customizer.customize(builder));
    return builder;
  }

  private void cloudBundle(SessionBuilder builder, Resource bundle) {
    List<String> contactPoints = properties.getContactPoints();
    if (contactPoints != null && !contactPoints.isEmpty()) {
      throw new SibylStartupException(
          "sibyl.cloud.secure-connect-bundle and sibyl.contact-points are both set: the bundle"
              + " gives the contact points; remove sibyl.contact-points");
    }
    try (InputStream in = bundle.getInputStream()) {
      builder.cloudSecureConnectBundle(in);
    } catch (IOException e) {
      throw new SibylStartupException(
          "sibyl.cloud.secure-connect-bundle: cannot read "
              + bundle.getDescription()
              + " ("
              + e.getMessage()
              + "); check the location (file:..., classpath:...)",
          e);
    }
  }

  private static byte[] pagingTokenKey(String base64) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64.strip());
    } catch (IllegalArgumentException e) {
      throw new SibylStartupException(
          "sibyl.paging-token-key is not Base64 (" + e.getMessage() + ")", e);
    }
    if (key.length < 16) {
      throw new SibylStartupException(
          "sibyl.paging-token-key holds "
              + key.length
              + " byte(s); give at least 16 (32 random bytes are best), in Base64");
    }
    return key;
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
