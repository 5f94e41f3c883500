package io.sibyl.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class BackendChoiceTest {

  private static final ClusterSettings ONE_NODE =
      CassandraYamlTest.settings(1, false, false, 1, Map.of());
  private final AtomicInteger pings = new AtomicInteger();

  @Test
  void should_use_the_external_cluster_when_contact_points_are_set() {
    BackendChoice choice =
        choose(
            Map.of("SIBYL_CONTACT_POINTS", "10.0.0.1", "SIBYL_BACKEND", "embedded"),
            ONE_NODE,
            true,
            true);

    assertThat(choice.backend()).isEqualTo(CassandraBackend.EXTERNAL);
    assertThat(pings).hasValue(0);
  }

  @Test
  void should_use_the_named_backend_without_pinging_docker() {
    assertThat(choose(Map.of("SIBYL_BACKEND", "Embedded"), ONE_NODE, true, true).backend())
        .isEqualTo(CassandraBackend.EMBEDDED);
    assertThat(choose(Map.of("SIBYL_BACKEND", "testcontainers"), ONE_NODE, true, false).backend())
        .isEqualTo(CassandraBackend.TESTCONTAINERS);
    assertThat(pings).hasValue(0);
  }

  @Test
  void should_fail_clearly_when_the_named_backend_cannot_be_used() {
    assertThatThrownBy(
            () -> choose(Map.of("SIBYL_BACKEND", "testcontainers"), ONE_NODE, false, true))
        .isInstanceOf(EmbeddedCassandraException.class)
        .hasMessageContaining("org.testcontainers:testcontainers-cassandra");
    assertThatThrownBy(() -> choose(Map.of("SIBYL_BACKEND", "external"), ONE_NODE, true, true))
        .isInstanceOf(EmbeddedCassandraException.class)
        .hasMessageContaining("SIBYL_CONTACT_POINTS is not set");
    assertThatThrownBy(() -> choose(Map.of("SIBYL_BACKEND", "kubernetes"), ONE_NODE, true, true))
        .isInstanceOf(EmbeddedCassandraException.class)
        .hasMessageContaining("use embedded, testcontainers or external");
  }

  @Test
  void should_use_testcontainers_when_it_is_present_and_docker_answers() {
    assertThat(choose(Map.of(), ONE_NODE, true, true).backend())
        .isEqualTo(CassandraBackend.TESTCONTAINERS);
    assertThat(pings).hasValue(1);
  }

  @Test
  void should_fall_back_to_embedded_when_docker_does_not_answer() {
    BackendChoice choice = choose(Map.of(), ONE_NODE, true, false);

    assertThat(choice.backend()).isEqualTo(CassandraBackend.EMBEDDED);
    assertThat(choice.reason()).isEqualTo("no Docker engine answers");
  }

  @Test
  void should_not_ping_docker_when_testcontainers_is_absent_or_does_not_fit() {
    assertThat(choose(Map.of(), ONE_NODE, false, true).backend())
        .isEqualTo(CassandraBackend.EMBEDDED);
    ClusterSettings threeNodes = CassandraYamlTest.settings(3, false, false, 1, Map.of());
    assertThat(choose(Map.of(), threeNodes, true, true).backend())
        .isEqualTo(CassandraBackend.EMBEDDED);
    ClusterSettings withAuth = CassandraYamlTest.settings(1, true, false, 1, Map.of());
    assertThat(choose(Map.of(), withAuth, true, true).backend())
        .isEqualTo(CassandraBackend.EMBEDDED);
    assertThat(pings).hasValue(0);
  }

  private BackendChoice choose(
      Map<String, String> env, ClusterSettings settings, boolean testcontainers, boolean docker) {
    BooleanSupplier ping =
        () -> {
          pings.incrementAndGet();
          return docker;
        };
    return BackendChoice.choose(env::get, settings, testcontainers, ping);
  }
}
