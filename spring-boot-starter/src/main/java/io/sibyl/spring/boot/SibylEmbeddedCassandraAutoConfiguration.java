package io.sibyl.spring.boot;

import io.sibyl.embedded.EmbeddedCassandra;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * For development, like Spring Boot's embedded databases: when no {@code sibyl.contact-points} is
 * set and {@code sibyl-embedded-cassandra} is on the class path, starts an embedded Cassandra node
 * for the session to connect to, and stops it when the application stops. {@code
 * sibyl.embedded.enabled=false} turns this off.
 */
@AutoConfiguration
@ConditionalOnClass(name = "io.sibyl.embedded.EmbeddedCassandra")
@ConditionalOnBooleanProperty(name = "sibyl.embedded.enabled", matchIfMissing = true)
@Conditional(NoContactPointsCondition.class)
public class SibylEmbeddedCassandraAutoConfiguration {

  /** The configuration; Spring Boot creates it. */
  public SibylEmbeddedCassandraAutoConfiguration() {}

  /** The embedded node, started now and stopped (its files deleted) with the context. */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean(SibylConnectionDetails.class)
  public EmbeddedSibylNode sibylEmbeddedNode() {
    return EmbeddedSibylNode.start(EmbeddedCassandra.builder());
  }
}
