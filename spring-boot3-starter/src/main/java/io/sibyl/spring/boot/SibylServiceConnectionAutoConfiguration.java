package io.sibyl.spring.boot;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.cassandra.CassandraConnectionDetails;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;

/**
 * Service connections: when the application has one Spring Boot {@link CassandraConnectionDetails}
 * bean (what {@code @ServiceConnection} makes of a Testcontainers {@code CassandraContainer}, or
 * Docker Compose of a Cassandra service), the session connects to it, ignoring {@code
 * sibyl.contact-points}, and no embedded node starts. Runs before Boot's Cassandra
 * auto-configuration, so the details Boot derives from its own {@code spring.cassandra.*}
 * properties are never taken for a service connection. Only the Boot package names are this Boot
 * line's; the rest is the shared {@link ServiceConnectionDetails#of}.
 */
@AutoConfiguration(
    before = SibylEmbeddedCassandraAutoConfiguration.class,
    beforeName = "org.springframework.boot.autoconfigure.cassandra.CassandraAutoConfiguration")
@ConditionalOnClass(
    name = "org.springframework.boot.autoconfigure.cassandra.CassandraConnectionDetails")
@ConditionalOnSingleCandidate(
    type = "org.springframework.boot.autoconfigure.cassandra.CassandraConnectionDetails")
public class SibylServiceConnectionAutoConfiguration {

  /** The configuration; Spring Boot creates it. */
  public SibylServiceConnectionAutoConfiguration() {}

  /** The service connection, as the session's connection details. */
  @Bean
  @ConditionalOnMissingBean
  public SibylConnectionDetails sibylServiceConnectionDetails(CassandraConnectionDetails details) {
    return ServiceConnectionDetails.of(
        details.getContactPoints(),
        CassandraConnectionDetails.Node::host,
        CassandraConnectionDetails.Node::port,
        details.getLocalDatacenter(),
        details.getUsername(),
        details.getPassword(),
        details.getSslBundle());
  }
}
