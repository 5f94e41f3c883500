package io.sibyl.spring.boot;

import io.sibyl.driver.Session;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The {@code sibyl} health indicator (Spring Boot 3), when the actuator is present and {@code
 * management.health.sibyl.enabled} is not false.
 */
@AutoConfiguration(after = SibylAutoConfiguration.class)
@ConditionalOnClass({HealthIndicator.class, Session.class})
@ConditionalOnBean(Session.class)
@ConditionalOnEnabledHealthIndicator("sibyl")
public class SibylHealthAutoConfiguration {

  /** The configuration; Spring Boot creates it. */
  public SibylHealthAutoConfiguration() {}

  /** The indicator, named {@code sibyl} in the health endpoint. */
  @Bean
  @ConditionalOnMissingBean(name = "sibylHealthIndicator")
  public SibylHealthIndicator sibylHealthIndicator(Session session) {
    return new SibylHealthIndicator(session);
  }
}
