package io.sibyl.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerClasspathTest {

  @TempDir Path directory;

  @Test
  void should_ship_no_class_path_resolved_on_the_build_machine() {
    // The server's class path is resolved at run time; a list of the builder's local paths in
    // the jar would only work where Sibyl was built.
    assertThat(
            ServerClasspathTest.class.getResource("/io/sibyl/embedded/cassandra-5.0.6.classpath"))
        .isNull();
  }

  @Test
  void should_find_the_server_version_and_the_jamm_agent() throws Exception {
    Path server = Files.createFile(directory.resolve("cassandra-all-5.0.6.jar"));
    Path jamm = Files.createFile(directory.resolve("jamm-0.4.0.jar"));

    ServerClasspath classpath = ServerClasspath.of(List.of(server, jamm), "test", "hint");

    assertThat(classpath.version()).isEqualTo("5.0.6");
    assertThat(classpath.jammJar()).isEqualTo(jamm);
    assertThat(classpath.asArgument()).isEqualTo(server + File.pathSeparator + jamm);
  }

  @Test
  void should_read_the_version_of_a_distributions_server_jar() throws Exception {
    Path server = Files.createFile(directory.resolve("apache-cassandra-4.1.10.jar"));
    assertThat(ServerClasspath.serverVersion(List.of(server))).contains("4.1.10");
  }

  @Test
  void should_name_a_missing_jar_and_what_to_do() throws Exception {
    Path jamm = Files.createFile(directory.resolve("jamm-0.4.0.jar"));
    Path missing = directory.resolve("cassandra-all-5.0.6.jar");

    assertThatThrownBy(() -> ServerClasspath.of(List.of(missing, jamm), "the list X", "Do Y."))
        .isInstanceOf(EmbeddedCassandraException.class)
        .hasMessageContaining(missing.toString())
        .hasMessageContaining("the list X")
        .hasMessageContaining("Do Y.");
  }

  @Test
  void should_refuse_a_class_path_without_the_server_or_jamm() throws Exception {
    Path jamm = Files.createFile(directory.resolve("jamm-0.4.0.jar"));
    Path server = Files.createFile(directory.resolve("cassandra-all-5.0.6.jar"));

    assertThatThrownBy(() -> ServerClasspath.of(List.of(jamm), "test", ""))
        .hasMessageContaining("no cassandra-all-<version>.jar");
    assertThatThrownBy(() -> ServerClasspath.of(List.of(server), "test", ""))
        .hasMessageContaining("no jamm jar");
  }

  /** A valid class path of two empty jars, for command-line tests. */
  static ServerClasspath fakeClasspath() {
    try {
      Path directory = Files.createTempDirectory("sibyl-fake-classpath-");
      directory.toFile().deleteOnExit();
      Path server = Files.createFile(directory.resolve("cassandra-all-5.0.6.jar"));
      Path jamm = Files.createFile(directory.resolve("jamm-0.4.0.jar"));
      server.toFile().deleteOnExit();
      jamm.toFile().deleteOnExit();
      return ServerClasspath.of(List.of(server, jamm), "test", "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
