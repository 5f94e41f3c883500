package io.sibyl.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.sibyl.spring.boot.model.Widget;
import io.sibyl.spring.boot.model.WidgetRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A whole Spring Boot application with no contact point: the starter starts its own embedded node;
 * the health turns DOWN when that node stops, and closing the application deletes the node.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class SibylEmbeddedNodeIT {

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {}

  @Test
  void should_start_an_embedded_node_when_no_contact_point_is_set_and_report_its_health() {
    Path directory;
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(App.class)
            .web(WebApplicationType.NONE)
            .properties(
                "sibyl.keyspace=boot_embedded",
                "sibyl.schema.mode=apply-safe",
                "sibyl.schema.create-keyspace=simple:1")
            .run()) {
      EmbeddedSibylNode node = context.getBean(EmbeddedSibylNode.class);
      directory = node.cassandra().directory();
      assertThat(directory).exists();

      WidgetRepository widgets = context.getBean(WidgetRepository.class);
      widgets.save(new Widget("e1", "gear"));
      assertThat(widgets.findById("e1")).contains(new Widget("e1", "gear"));

      HealthIndicator indicator = context.getBean("sibylHealthIndicator", HealthIndicator.class);
      Health up = indicator.health();
      assertThat(up.getStatus()).isEqualTo(Status.UP);
      assertThat(up.getDetails()).containsEntry("nodesUp", Map.of("datacenter1", "1/1"));

      node.cassandra().node(1).stop();
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(500))
          .untilAsserted(
              () -> {
                Health down = indicator.health();
                assertThat(down.getStatus()).isEqualTo(Status.DOWN);
                assertThat(down.getDetails())
                    .containsEntry("nodesUp", Map.of("datacenter1", "0/1"));
              });
    }
    assertThat(Files.exists(directory)).as("embedded node's files deleted on shutdown").isFalse();
  }
}
