package io.sibyl.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import io.sibyl.driver.Consistency;
import io.sibyl.driver.DriverException;
import io.sibyl.driver.Session;
import io.sibyl.driver.error.SessionClosedException;
import io.sibyl.driver.error.UnavailableException;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.schema.SchemaMismatchException;
import io.sibyl.mapper.schema.UnsafeSchemaChangeException;
import io.sibyl.spring.boot.model.Widget;
import io.sibyl.spring.boot.model.WidgetRepository;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.LazyInitializationBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.cassandra.autoconfigure.CassandraConnectionDetails;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The auto-configuration against a real node (shared by this JVM's tests). */
@ExtendWith(SharedNode.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class SibylAutoConfigurationIT {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  SibylEmbeddedCassandraAutoConfiguration.class,
                  SibylAutoConfiguration.class,
                  SibylHealthAutoConfiguration.class,
                  SibylMicrometerAutoConfiguration.class))
          .withPropertyValues(
              SharedNode.contactPointsProperty(), "sibyl.local-datacenter=datacenter1");

  @Test
  void should_read_the_mapped_keyspace_only_when_schema_metadata_is_mapped() {
    runner
        .withPropertyValues(
            "sibyl.keyspace=boot_apply",
            "sibyl.schema.mode=apply-safe",
            "sibyl.schema.create-keyspace=simple:1",
            "sibyl.schema-metadata=mapped")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              context.getBean(Mapper.class);
              Session session = context.getBean(Session.class);
              assertThat(session.metadata().keyspaces()).containsOnlyKeys("boot_apply");
              assertThat(session.metadata().keyspaces().get("boot_apply").table("widgets"))
                  .isPresent();
            });
  }

  @Test
  void should_read_the_listed_keyspaces_only_when_schema_metadata_lists_them() {
    runner
        .withPropertyValues("sibyl.schema-metadata=system_auth, system_distributed")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context.getBean(Session.class).metadata().keyspaces())
                  .containsOnlyKeys("system_auth", "system_distributed");
            });
  }

  @Test
  void should_inject_a_working_repository_when_schema_mode_is_apply_safe() {
    runner
        .withPropertyValues(
            "sibyl.keyspace=boot_apply",
            "sibyl.schema.mode=apply-safe",
            "sibyl.schema.create-keyspace=simple:1")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).hasSingleBean(Session.class).hasSingleBean(Mapper.class);
              assertThat(context).doesNotHaveBean(EmbeddedSibylNode.class);
              assertThat(context.getBean(Session.class).keyspace()).isEqualTo("boot_apply");
              WidgetRepository widgets = context.getBean(WidgetRepository.class);
              assertThat(context.getBean("widgetRepository")).isSameAs(widgets);
              widgets.save(new Widget("w1", "sprocket"));
              assertThat(widgets.findById("w1")).contains(new Widget("w1", "sprocket"));
              assertThat(
                      context
                          .getBean(Session.class)
                          .execute("SELECT name FROM boot_apply.widgets WHERE id = 'w1'")
                          .one()
                          .getString("name"))
                  .isEqualTo("sprocket");
            });
  }

  @Test
  void should_record_request_node_and_repository_meters_when_a_meter_registry_exists() {
    runner
        .withPropertyValues(
            "sibyl.keyspace=boot_metrics",
            "sibyl.schema.mode=apply-safe",
            "sibyl.schema.create-keyspace=simple:1")
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              WidgetRepository widgets = context.getBean(WidgetRepository.class);
              widgets.save(new Widget("m1", "gear"));
              assertThat(widgets.findById("m1")).isPresent();
              Mapper mapper = context.getBean(Mapper.class);
              assertThat(mapper.table(Widget.class).select().list()).isNotEmpty();

              MeterRegistry meters = context.getBean(MeterRegistry.class);
              assertThat(meters.find("sibyl.requests").tag("outcome", "success").timer())
                  .isNotNull()
                  .satisfies(timer -> assertThat(timer.count()).isPositive());
              assertThat(meters.find("sibyl.node.up").gauge().value()).isEqualTo(1.0);
              assertThat(meters.find("sibyl.throttle.queued").gauge()).isNotNull();
              assertThat(
                      meters
                          .find("sibyl.repository.calls")
                          .tags("repository", "widgets", "method", "list")
                          .timer())
                  .isNotNull();
            });
  }

  @Test
  void should_run_the_migrations_of_the_configured_location_when_schema_mode_is_apply_safe() {
    runner
        .withPropertyValues(
            "sibyl.keyspace=boot_migrate",
            "sibyl.schema.mode=apply-safe",
            "sibyl.schema.create-keyspace=simple:1",
            "sibyl.schema.migrations=boot-migrations")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              Session session = context.getBean(Session.class);
              session.execute("INSERT INTO boot_migrate.gadgets (id, label) VALUES ('g1', 'cog')");
              assertThat(
                      session
                          .execute("SELECT label FROM boot_migrate.gadgets WHERE id = 'g1'")
                          .one()
                          .getString("label"))
                  .isEqualTo("cog");
            });
  }

  @Test
  void should_apply_the_configured_consistency_then_the_customizers() {
    createKeyspaceWithWidgets("boot_consistency");
    // One node cannot serve THREE replicas: the property must reach the requests.
    runner
        .withPropertyValues("sibyl.keyspace=boot_consistency", "sibyl.consistency=three")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              WidgetRepository widgets = context.getBean(WidgetRepository.class);
              assertThatThrownBy(() -> widgets.findById("w1"))
                  .isInstanceOf(DriverException.class)
                  .hasMessageContaining(UnavailableException.class.getSimpleName())
                  .hasMessageContaining("consistency level THREE");
            });
    runner
        .withPropertyValues("sibyl.keyspace=boot_consistency", "sibyl.consistency=three")
        .withBean(
            SibylSessionBuilderCustomizer.class,
            () -> builder -> builder.consistency(Consistency.LOCAL_ONE))
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context.getBean(WidgetRepository.class).findById("w1")).isEmpty();
            });
  }

  @Test
  void should_fail_startup_with_the_plan_when_an_unsafe_change_is_needed() {
    createKeyspace("boot_unsafe");
    // The entity's name is text: changing an int column to text cannot be done in place.
    execute("CREATE TABLE IF NOT EXISTS boot_unsafe.widgets (id text PRIMARY KEY, name int)");
    runner
        .withPropertyValues("sibyl.keyspace=boot_unsafe", "sibyl.schema.mode=apply-safe")
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(context.getStartupFailure())
                  .rootCause()
                  .isInstanceOf(UnsafeSchemaChangeException.class)
                  .hasMessageContaining("unsafe schema change")
                  .hasMessageContaining("widgets")
                  .hasMessageContaining("name");
              FailureAnalysis analysis =
                  new SibylSchemaFailureAnalyzer().analyze(context.getStartupFailure());
              assertThat(analysis.getDescription())
                  .startsWith("sibyl.schema.mode=apply-safe stopped the startup")
                  .contains("widgets");
              assertThat(analysis.getAction()).contains("sibyl.schema.migrations");
            });
  }

  @Test
  void should_fail_startup_when_mode_is_validate_and_the_table_is_missing() {
    createKeyspace("boot_validate");
    runner
        .withPropertyValues("sibyl.keyspace=boot_validate", "sibyl.schema.mode=validate")
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(context.getStartupFailure())
                  .rootCause()
                  .isInstanceOf(SchemaMismatchException.class)
                  .hasMessageContaining("widgets");
            });
  }

  @Test
  void should_check_the_schema_at_startup_even_when_beans_are_lazy() {
    createKeyspace("boot_lazy");
    // What spring.main.lazy-initialization=true installs: the schema check must not wait for a
    // first request.
    runner
        .withBean(LazyInitializationBeanFactoryPostProcessor.class)
        .withPropertyValues("sibyl.keyspace=boot_lazy", "sibyl.schema.mode=validate")
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(context.getStartupFailure())
                  .rootCause()
                  .isInstanceOf(SchemaMismatchException.class);
            });
  }

  @Test
  void should_leave_the_schema_alone_when_mode_is_none() {
    createKeyspace("boot_none");
    runner
        .withPropertyValues("sibyl.keyspace=boot_none")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context.getBean(Session.class).metadata().keyspace("boot_none"))
                  .hasValueSatisfying(ks -> assertThat(ks.tables()).isEmpty());
            });
  }

  @Test
  void should_close_the_session_when_the_context_closes() {
    AtomicReference<Session> session = new AtomicReference<>();
    runner.run(
        context -> {
          assertThat(context).hasNotFailed();
          session.set(context.getBean(Session.class));
          session.get().execute("SELECT release_version FROM system.local");
        });
    assertThatThrownBy(() -> session.get().execute("SELECT release_version FROM system.local"))
        .isInstanceOf(SessionClosedException.class);
  }

  @Test
  void should_report_health_up_with_the_nodes_per_data_center() {
    runner.run(
        context -> {
          assertThat(context).hasNotFailed();
          Health health = context.getBean("sibylHealthIndicator", HealthIndicator.class).health();
          assertThat(health.getStatus()).isEqualTo(Status.UP);
          assertThat(health.getDetails())
              .containsEntry("nodesUp", Map.of("datacenter1", "1/1"))
              .containsEntry("schemaAgreement", true);
        });
  }

  @Test
  void should_keep_a_bean_the_application_defines_under_a_repository_name() {
    createKeyspaceWithWidgets("boot_own");
    WidgetRepository own =
        new WidgetRepository() {
          @Override
          public void save(Widget widget) {}

          @Override
          public Optional<Widget> findById(String id) {
            return Optional.of(new Widget(id, "own"));
          }
        };
    runner
        .withPropertyValues("sibyl.keyspace=boot_own")
        .withBean("widgetRepository", WidgetRepository.class, () -> own)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).hasSingleBean(WidgetRepository.class);
              assertThat(context.getBean(WidgetRepository.class)).isSameAs(own);
            });
  }

  @Test
  void should_connect_to_the_connection_details_bean_when_no_contact_point_is_set() {
    SibylConnectionDetails details =
        new SibylConnectionDetails() {
          @Override
          public List<InetSocketAddress> contactPoints() {
            return SharedNode.cassandra().contactPoints();
          }

          @Override
          public String localDatacenter() {
            return "datacenter1";
          }
        };
    new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                SibylEmbeddedCassandraAutoConfiguration.class, SibylAutoConfiguration.class))
        .withBean(SibylConnectionDetails.class, () -> details)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(EmbeddedSibylNode.class);
              assertThat(
                      context
                          .getBean(Session.class)
                          .execute("SELECT release_version FROM system.local")
                          .one()
                          .getString(0))
                  .startsWith("5.0");
            });
  }

  @Test
  void should_not_start_an_embedded_node_when_it_is_disabled() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(SibylEmbeddedCassandraAutoConfiguration.class))
        .withPropertyValues("sibyl.embedded.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(EmbeddedSibylNode.class));
  }

  @Test
  void should_not_register_the_health_indicator_when_disabled() {
    runner
        .withPropertyValues("management.health.sibyl.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean("sibylHealthIndicator"));
  }

  private static void createKeyspaceWithWidgets(String keyspace) {
    createKeyspace(keyspace);
    execute("CREATE TABLE IF NOT EXISTS " + keyspace + ".widgets (id text PRIMARY KEY, name text)");
  }

  private static void createKeyspace(String keyspace) {
    execute(
        "CREATE KEYSPACE IF NOT EXISTS "
            + keyspace
            + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
  }

  private static void execute(String cql) {
    try (Session session =
        Session.builder()
            .addContactPoints(SharedNode.cassandra().contactPoints())
            .localDatacenter("datacenter1")
            .build()) {
      session.execute(cql);
    }
  }

  @Test
  void should_connect_through_a_cassandra_service_connection_without_any_property() {
    serviceConnectionRunner()
        .withPropertyValues(
            "sibyl.keyspace=boot_service",
            "sibyl.schema.mode=apply-safe",
            "sibyl.schema.create-keyspace=simple:1")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(EmbeddedSibylNode.class);
              assertThat(context.getBean(SibylConnectionDetails.class))
                  .isInstanceOf(ServiceConnectionDetails.class);
              WidgetRepository widgets = context.getBean(WidgetRepository.class);
              widgets.save(new Widget("s1", "bolt"));
              assertThat(widgets.findById("s1")).contains(new Widget("s1", "bolt"));
              Health health =
                  context.getBean("sibylHealthIndicator", HealthIndicator.class).health();
              assertThat(health.getStatus()).isEqualTo(Status.UP);
            });
  }

  @Test
  void should_prefer_the_service_connection_to_the_contact_points_property() {
    serviceConnectionRunner()
        .withPropertyValues("sibyl.contact-points=127.0.0.1:1", "sibyl.local-datacenter=nowhere")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              InetSocketAddress node =
                  context.getBean(Session.class).metadata().nodes().iterator().next().address();
              assertThat(node).isEqualTo(SharedNode.cassandra().contactPoints().get(0));
            });
  }

  /** No contact point; a Boot {@code CassandraConnectionDetails} bean for the shared node. */
  private static ApplicationContextRunner serviceConnectionRunner() {
    InetSocketAddress address = SharedNode.cassandra().contactPoints().get(0);
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

  @Test
  void should_record_request_and_repository_observations_in_the_application_registry() {
    TestObservationRegistry observations = TestObservationRegistry.create();
    runner
        .withPropertyValues(
            "sibyl.keyspace=boot_observe",
            "sibyl.schema.mode=apply-safe",
            "sibyl.schema.create-keyspace=simple:1")
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .withBean(ObservationRegistry.class, () -> observations)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              WidgetRepository widgets = context.getBean(WidgetRepository.class);
              widgets.save(new Widget("o1", "cog"));

              TestObservationRegistryAssert.assertThat(observations)
                  .hasObservationWithNameEqualTo("sibyl.requests")
                  .that()
                  .hasBeenStarted()
                  .hasBeenStopped()
                  .hasLowCardinalityKeyValue("outcome", "success");
              TestObservationRegistryAssert.assertThat(observations)
                  .hasObservationWithNameEqualTo("sibyl.repository.calls")
                  .that()
                  .hasBeenStopped()
                  .hasLowCardinalityKeyValue("repository", "WidgetRepository")
                  .hasLowCardinalityKeyValue("method", "save")
                  .hasLowCardinalityKeyValue("outcome", "success");
            });
  }

  @Test
  void should_ignore_service_connections_when_boot_cassandra_support_is_absent() {
    runner
        .withConfiguration(AutoConfigurations.of(SibylServiceConnectionAutoConfiguration.class))
        .withClassLoader(new FilteredClassLoader(CassandraConnectionDetails.class))
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(SibylConnectionDetails.class);
              assertThat(context).hasSingleBean(Session.class);
            });
  }
}
