package io.sibyl.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerJavaTest {
  @TempDir Path jvms;

  @Test
  void should_use_the_running_java_when_cassandra_supports_it() throws IOException {
    Path running = jdk("running", "17.0.15");

    assertThat(ServerJava.executable(null, Map.of(), running, 17, jvms))
        .isEqualTo(running.resolve("bin/java"));
  }

  @Test
  void should_find_a_jdk_17_when_the_tests_run_on_a_newer_java() throws IOException {
    Path running = jdk("temurin-25", "25.0.3");
    Path jdk11 = jdk("jdk-11", "11.0.2");
    Path jdk17 = jdk("java-17-openjdk", "17.0.15");

    assertThat(ServerJava.executable(null, Map.of(), running, 25, jvms))
        .isEqualTo(jdk17.resolve("bin/java"));
    assertThat(jdk11).exists();
  }

  @Test
  void should_prefer_java_home_when_its_version_fits() throws IOException {
    Path running = jdk("temurin-25", "25.0.3");
    jdk("java-17-openjdk", "17.0.15");
    Path javaHome = jdk("jdk-11", "11.0.2");

    assertThat(
            ServerJava.executable(
                null, Map.of("JAVA_HOME", javaHome.toString()), running, 25, jvms))
        .isEqualTo(javaHome.resolve("bin/java"));
  }

  @Test
  void should_take_the_configured_home_first() throws IOException {
    Path running = jdk("java-17-openjdk", "17.0.15");
    Path configured = jdk("custom", "11.0.9");

    assertThat(
            ServerJava.executable(
                null,
                Map.of("SIBYL_CASSANDRA_JAVA_HOME", configured.toString()),
                running,
                17,
                jvms))
        .isEqualTo(configured.resolve("bin/java"));
  }

  @Test
  void should_name_what_was_tried_when_no_supported_java_exists() throws IOException {
    Path running = jdk("temurin-25", "25.0.3");

    assertThatThrownBy(() -> ServerJava.executable(null, Map.of(), running, 25, jvms))
        .isInstanceOf(EmbeddedCassandraException.class)
        .hasMessageStartingWith(
            "Cassandra runs on Java 11 or 17, and none was found; tried the running Java 25 ("
                + running
                + "), the JDKs under "
                + jvms)
        .hasMessageEndingWith(
            "Install a JDK 17 and set SIBYL_CASSANDRA_JAVA_HOME (or -Dsibyl.cassandraJavaHome) to"
                + " it");
  }

  @Test
  void should_refuse_a_configured_home_without_java() {
    assertThatThrownBy(
            () ->
                ServerJava.executable(jvms.resolve("nothing").toString(), Map.of(), jvms, 17, jvms))
        .isInstanceOf(EmbeddedCassandraException.class)
        .hasMessageContaining("has no executable bin/java");
  }

  private Path jdk(String name, String version) throws IOException {
    Path home = jvms.resolve(name);
    Files.createDirectories(home.resolve("bin"));
    Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
    Path java = home.resolve("bin/java");
    Files.writeString(java, "#!/bin/sh\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    return home;
  }
}
