package io.sibyl.spring.boot3;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.Session;
import io.sibyl.spring.boot.EmbeddedSibylNode;
import io.sibyl.spring.boot.SibylAutoConfiguration;
import io.sibyl.spring.boot.SibylEmbeddedCassandraAutoConfiguration;
import io.sibyl.spring.boot.SibylHealthAutoConfiguration;
import io.sibyl.spring.boot.SibylServiceConnectionAutoConfiguration;
import io.sibyl.spring.boot3.model.Gadget;
import io.sibyl.spring.boot3.model.GadgetRepository;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.cassandra.CassandraConnectionDetails;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Boot 3's {@link CassandraConnectionDetails} (what {@code @ServiceConnection} makes of a
 * Testcontainers container) as the session's connection, against the real node.
 */
@ExtendWith(SharedNode.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class Boot3ServiceConnectionIT {

  @Test
  void should_connect_through_a_cassandra_service_connection_without_any_property() {
    runner()
        .withPropertyValues(
            "sibyl.keyspace=boot3_service",
            "sibyl.schema.mode=apply-safe",
            "sibyl.schema.create-keyspace=simple:1")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(EmbeddedSibylNode.class);
              GadgetRepository gadgets = context.getBean(GadgetRepository.class);
              gadgets.save(new Gadget("s1", "spring"));
              assertThat(gadgets.findById("s1")).contains(new Gadget("s1", "spring"));
              assertThat(
                      context
                          .getBean("sibylHealthIndicator", HealthIndicator.class)
                          .health()
                          .getStatus())
                  .isEqualTo(Status.UP);
            });
  }

  @Test
  void should_prefer_the_service_connection_to_the_contact_points_property() {
    runner()
        .withPropertyValues("sibyl.contact-points=127.0.0.1:1", "sibyl.local-datacenter=nowhere")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              InetSocketAddress node =
                  context.getBean(Session.class).metadata().nodes().iterator().next().address();
              assertThat(node).isEqualTo(SharedNode.address());
            });
  }

  /** No contact point; a Boot {@code CassandraConnectionDetails} bean for the shared node. */
  private static ApplicationContextRunner runner() {
    InetSocketAddress address = SharedNode.address();
    CassandraConnectionDetails details =
        new CassandraConnectionDetails() {
          @Override
          public List<Node> getContactPoints() {
            return List.of(new Node(address.getHostString(), address.getPort()));
          }

          @Override
          public String getLocalDatacenter() {
            return "datacenter1";
          }
        };
    return new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                SibylServiceConnectionAutoConfiguration.class,
                SibylEmbeddedCassandraAutoConfiguration.class,
                SibylAutoConfiguration.class,
                SibylHealthAutoConfiguration.class))
        .withBean(CassandraConnectionDetails.class, () -> details);
  }
}
