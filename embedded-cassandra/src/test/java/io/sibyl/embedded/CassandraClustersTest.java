package io.sibyl.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CassandraClustersTest {

  @Test
  void should_name_the_system_property_of_each_variable() {
    assertThat(CassandraClusters.propertyName("SIBYL_CONTACT_POINTS"))
        .isEqualTo("sibyl.contactPoints");
    assertThat(CassandraClusters.propertyName("SIBYL_LOCAL_DC")).isEqualTo("sibyl.localDc");
    assertThat(CassandraClusters.propertyName("SIBYL_BACKEND")).isEqualTo("sibyl.backend");
  }

  @Test
  void should_prefer_the_system_property_to_the_environment_variable() {
    System.setProperty("sibyl.localDc", "from-property");
    try {
      assertThat(CassandraClusters.setting("SIBYL_LOCAL_DC")).isEqualTo("from-property");
    } finally {
      System.clearProperty("sibyl.localDc");
    }
  }

  @Test
  void should_choose_embedded_here_where_no_docker_engine_answers() {
    assertThat(CassandraClusters.chosenBackend(EmbeddedCassandra.builder().nodes(1)))
        .isIn(
            CassandraBackend.EMBEDDED, CassandraBackend.TESTCONTAINERS, CassandraBackend.EXTERNAL);
  }
}
