package io.sibyl.spring.boot;

import io.sibyl.driver.Session;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.MapperBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;

/**
 * Auto-configures Sibyl: a {@link Session} (closed on shutdown) built from the {@code sibyl.*}
 * properties and the {@link SibylSessionBuilderCustomizer} beans, a {@link Mapper} that syncs the
 * schema according to {@code sibyl.schema.mode} while the context starts (so before the application
 * takes traffic), and a bean per generated {@code @Repository}.
 *
 * <p>Metrics: {@link SibylMicrometerAutoConfiguration}, when {@code sibyl-micrometer} is present.
 * Where to connect: a Boot service connection ({@code CassandraConnectionDetails}) if there is one,
 * else {@code sibyl.contact-points}, else another {@link SibylConnectionDetails} bean (the embedded
 * node).
 */
@AutoConfiguration(
    afterName = "org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration",
    after = SibylEmbeddedCassandraAutoConfiguration.class)
@ConditionalOnClass({Session.class, Mapper.class})
@EnableConfigurationProperties(SibylProperties.class)
public class SibylAutoConfiguration {

  /** The configuration; Spring Boot creates it. */
  public SibylAutoConfiguration() {}

  /** The session, connected when the context starts and closed when it stops. */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  @Lazy(false) // connection problems show at startup, even with lazy initialization
  public Session sibylSession(
      SibylProperties properties,
      ObjectProvider<SibylConnectionDetails> connectionDetails,
      ObjectProvider<SslBundles> sslBundles,
      ObjectProvider<SibylSessionBuilderCustomizer> customizers) {
    return new SibylSessionFactory(
            properties,
            connectionDetails.getIfAvailable(),
            properties.getSsl().getBundle() == null ? null : sslBundles.getIfAvailable(),
            customizers.orderedStream().toList())
        .create();
  }

  /**
   * The mapper. Building it runs {@code sibyl.schema.mode}: an unsafe change (mode apply-safe) or a
   * difference (mode validate) fails the startup with the plan in the message.
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  @Lazy(false) // the schema is synced at startup, even with lazy initialization
  public Mapper sibylMapper(
      Session session,
      SibylProperties properties,
      ObjectProvider<SibylMapperBuilderCustomizer> customizers,
      ApplicationContext context) {
    SibylProperties.Schema schema = properties.getSchema();
    MapperBuilder builder =
        Mapper.builder(session)
            .classLoader(context.getClassLoader())
            .schemaMode(schema.getMode())
            .migrations(schema.getMigrations());
    if (properties.getKeyspace() != null) {
      builder.keyspace(properties.getKeyspace());
    }
    if (schema.getCreateKeyspace() != null) {
      builder.createKeyspace(KeyspaceReplication.toCql(schema.getCreateKeyspace()));
    }
    customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
    return builder.build();
  }

  /** Registers the generated repositories as beans. */
  @Bean
  public static SibylRepositoriesRegistrar sibylRepositoriesRegistrar() {
    return new SibylRepositoriesRegistrar();
  }
}
