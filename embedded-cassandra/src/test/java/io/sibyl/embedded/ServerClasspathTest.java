package io.sibyl.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerClasspathTest {

  @TempDir Path directory;

  @Test
  void should_load_the_class_path_the_build_resolved_for_the_bundled_version() {
    ServerClasspath classpath = ServerClasspath.load(ServerClasspath.BUNDLED_VERSION);

    assertThat(classpath.jars()).allSatisfy(jar -> assertThat(jar).isRegularFile());
    assertThat(classpath.jars())
        .extracting(jar -> jar.getFileName().toString())
        .contains("cassandra-all-5.0.6.jar", "slf4j-api-1.7.36.jar", "logback-classic-1.2.12.jar")
        .anyMatch(name -> name.startsWith("netty-all-4.1."))
        .anyMatch(name -> name.startsWith("guava-"))
        .noneMatch(name -> name.startsWith("junit-") || name.startsWith("testcontainers"));
    assertThat(classpath.jammJar().getFileName().toString()).startsWith("jamm-");
    assertThat(classpath.asArgument()).contains(File.pathSeparator + classpath.jammJar());
  }

  @Test
  void should_name_the_missing_resource_and_the_build_command_when_the_version_is_not_bundled() {
    assertThatThrownBy(() -> ServerClasspath.load("4.1.0"))
        .isInstanceOf(EmbeddedCassandraException.class)
        .hasMessageContaining("io/sibyl/embedded/cassandra-4.1.0.classpath")
        .hasMessageContaining("bundles Cassandra 5.0.6")
        .hasMessageContaining("mvn install -pl embedded-cassandra");
  }

  @Test
  void should_report_a_missing_resource_when_the_build_did_not_write_it() throws Exception {
    try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
      assertThatThrownBy(() -> ServerClasspath.load("5.0.6", empty))
          .isInstanceOf(EmbeddedCassandraException.class)
          .hasMessageContaining("is not on the class path")
          .hasMessageContaining("mvn install -pl embedded-cassandra");
    }
  }

  @Test
  void should_name_a_listed_jar_that_no_longer_exists() throws Exception {
    Path present = Files.createFile(directory.resolve("cassandra-all-5.0.6.jar"));
    Path missing = directory.resolve("jamm-0.4.0.jar");

    assertThatThrownBy(
            () -> ServerClasspath.parse(present + File.pathSeparator + missing, "test.classpath"))
        .isInstanceOf(EmbeddedCassandraException.class)
        .hasMessageContaining(missing.toString())
        .hasMessageContaining("test.classpath")
        .hasMessageContaining("mvn install -pl embedded-cassandra");
  }

  @Test
  void should_refuse_a_list_without_the_jamm_agent() throws Exception {
    Path present = Files.createFile(directory.resolve("cassandra-all-5.0.6.jar"));

    assertThatThrownBy(() -> ServerClasspath.parse(present.toString(), "test.classpath"))
        .isInstanceOf(EmbeddedCassandraException.class)
        .hasMessageContaining("has no jamm jar");
  }
}
