package io.sibyl.spring.boot3;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.sibyl.driver.Session;
import io.sibyl.mapper.Mapper;
import io.sibyl.spring.boot.EmbeddedSibylNode;
import io.sibyl.spring.boot3.model.Gadget;
import io.sibyl.spring.boot3.model.GadgetRepository;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A whole Spring Boot 3.5 application (auto-configuration found through the starter's imports file,
 * actuator, Micrometer) on the shaded driver, next to the Netty 4.1 that Boot 3 pins, against a
 * real node.
 */
@ExtendWith(SharedNode.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class Boot3ApplicationIT {

  /** The application. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {}

  @Test
  void should_serve_repository_calls_health_and_meters_on_boot_3_with_netty_4_1() {
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(App.class)
            .web(WebApplicationType.NONE)
            .properties(
                SharedNode.contactPointsProperty(),
                "sibyl.local-datacenter=datacenter1",
                "sibyl.keyspace=boot3_app",
                "sibyl.schema.mode=apply-safe",
                "sibyl.schema.create-keyspace=simple:1",
                "management.endpoint.health.show-details=always",
                "spring.jmx.enabled=true",
                "management.endpoints.jmx.exposure.include=health")
            .run()) {
      assertThat(SpringBootVersion.getVersion()).startsWith("3.5.");
      assertThat(context.getBeansOfType(Session.class)).hasSize(1);
      assertThat(context.getBeansOfType(Mapper.class)).hasSize(1);
      assertThat(context.getBeansOfType(EmbeddedSibylNode.class)).isEmpty();

      GadgetRepository gadgets = context.getBean(GadgetRepository.class);
      gadgets.save(new Gadget("g1", "lever"));
      assertThat(gadgets.findById("g1")).contains(new Gadget("g1", "lever"));

      Health health = (Health) context.getBean(HealthEndpoint.class).healthForPath("sibyl");
      assertThat(health.getStatus()).isEqualTo(Status.UP);
      assertThat(health.getDetails())
          .containsEntry("nodesUp", Map.of("datacenter1", "1/1"))
          .containsEntry("schemaAgreement", true);

      MeterRegistry meters = context.getBean(MeterRegistry.class);
      assertThat(
              meters
                  .get("sibyl.repository.calls")
                  .tags("repository", "GadgetRepository", "method", "findById")
                  .timer()
                  .count())
          .isOne();
      assertThat(meters.get("sibyl.requests").tag("outcome", "success").timer().count())
          .isPositive();
    }
  }

  @Test
  void should_run_the_shaded_driver_beside_the_netty_4_1_that_boot_3_pins() throws Exception {
    String driverJar = Session.class.getProtectionDomain().getCodeSource().getLocation().getPath();
    assertThat(driverJar).contains("sibyl-protocol-driver-shaded");
    assertThat(Class.forName("io.sibyl.shaded.netty.channel.Channel").getName())
        .startsWith("io.sibyl.shaded.netty");
    assertThat(io.netty.util.Version.identify().get("netty-common").artifactVersion())
        .startsWith("4.1.");
  }
}
