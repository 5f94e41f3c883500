package io.sibyl.spring.boot;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.sibyl.driver.Session;
import io.sibyl.micrometer.SibylObservability;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Binds {@code sibyl-micrometer} when it is on the class path and the application has a {@link
 * MeterRegistry} bean: request, node and throttle meters, request observations (traces when a
 * tracing bridge is present) through the application's {@link ObservationRegistry} if it has one,
 * and {@code sibyl.repository.calls} for repositories and the query DSL. Runs before {@link
 * SibylAutoConfiguration}, whose session and mapper take the customizers declared here.
 */
@AutoConfiguration(before = SibylAutoConfiguration.class)
@ConditionalOnClass(
    name = {
      "io.sibyl.micrometer.SibylObservability",
      "io.micrometer.core.instrument.MeterRegistry"
    })
public class SibylMicrometerAutoConfiguration {

  /** The configuration; Spring Boot creates it. */
  public SibylMicrometerAutoConfiguration() {}

  /**
   * The binding, made once from the application's registries when the session is built (they may
   * come from auto-configurations that run after this one).
   */
  @Bean
  public SibylMicrometerBinding sibylMicrometerBinding(
      ObjectProvider<MeterRegistry> meters, ObjectProvider<ObservationRegistry> observations) {
    return new SibylMicrometerBinding(meters, observations);
  }

  /** Adds the request tracker and node listener to the session's builder. */
  @Bean
  public SibylSessionBuilderCustomizer sibylMicrometerSessionCustomizer(
      SibylMicrometerBinding binding) {
    return builder -> binding.observability().ifPresent(o -> o.bind(builder));
  }

  /** Reports repository and query DSL calls as {@code sibyl.repository.calls}. */
  @Bean
  public SibylMapperBuilderCustomizer sibylMicrometerMapperCustomizer(
      SibylMicrometerBinding binding) {
    return builder ->
        binding.observability().ifPresent(o -> builder.repositoryObserver(o.repositoryObserver()));
  }

  /** Registers the session's gauges (in flight, queued, connections) once the session exists. */
  @Bean
  public SmartInitializingSingleton sibylMicrometerSessionMeters(
      SibylMicrometerBinding binding, ObjectProvider<Session> session) {
    return () ->
        binding
            .observability()
            .ifPresent(
                o -> {
                  Session current = session.getIfAvailable();
                  if (current != null) {
                    o.sessionMetrics(current).bindTo(o.meterRegistry());
                  }
                });
  }

  /** The application's registries, turned into one {@link SibylObservability} on first use. */
  public static final class SibylMicrometerBinding {
    private final ObjectProvider<MeterRegistry> meters;
    private final ObjectProvider<ObservationRegistry> observations;
    private SibylObservability observability;
    private boolean resolved;

    SibylMicrometerBinding(
        ObjectProvider<MeterRegistry> meters, ObjectProvider<ObservationRegistry> observations) {
      this.meters = meters;
      this.observations = observations;
    }

    /** The binding, or empty when the application has no meter registry. */
    public synchronized java.util.Optional<SibylObservability> observability() {
      if (!resolved) {
        resolved = true;
        MeterRegistry registry = meters.getIfUnique();
        if (registry != null) {
          SibylObservability.Builder builder = SibylObservability.builder(registry);
          ObservationRegistry observationRegistry = observations.getIfUnique();
          if (observationRegistry != null) {
            builder.observationRegistry(observationRegistry);
          }
          observability = builder.build();
        }
      }
      return java.util.Optional.ofNullable(observability);
    }
  }
}
