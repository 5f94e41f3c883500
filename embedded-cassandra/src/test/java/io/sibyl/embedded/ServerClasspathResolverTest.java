package io.sibyl.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Resolution of the server class path with Maven Resolver, against a {@code file://} repository of
 * tiny fake artifacts reached only through a mirror in a temporary {@code settings.xml}: no
 * network, and nothing of the real local repository is touched.
 */
@Timeout(value = 1, unit = TimeUnit.MINUTES)
class ServerClasspathResolverTest {

  private static final String VERSION = "9.9.9-fake";

  @TempDir Path root;

  private Path home;
  private Path remote;
  private Path settingsFile;

  @BeforeEach
  void createRepositoryAndSettings() throws Exception {
    home = Files.createDirectories(root.resolve("home"));
    remote = Files.createDirectories(root.resolve("remote"));
    publish(
        "org.apache.cassandra",
        "cassandra-all",
        VERSION,
        dependency("com.github.jbellis", "jamm", "0.0.1-fake"));
    publish("com.github.jbellis", "jamm", "0.0.1-fake", "");
    settingsFile = root.resolve("settings.xml");
    writeSettings(false);
  }

  @Test
  void should_resolve_through_the_mirror_into_the_settings_local_repository_and_cache_it() {
    ServerClasspathResolver resolver = resolver(Map.of());

    ServerClasspath classpath = resolver.resolve(VERSION, null);

    Path localA = root.resolve("local-a");
    assertThat(classpath.version()).isEqualTo(VERSION);
    assertThat(classpath.jars())
        .containsExactly(
            localA.resolve(
                "org/apache/cassandra/cassandra-all/"
                    + VERSION
                    + "/cassandra-all-"
                    + VERSION
                    + ".jar"),
            localA.resolve("com/github/jbellis/jamm/0.0.1-fake/jamm-0.0.1-fake.jar"));
    assertThat(resolver.cacheFile(VERSION, localA)).isRegularFile();
  }

  @Test
  void should_use_maven_repo_local_over_the_settings_local_repository() {
    ServerClasspath classpath =
        resolver(Map.of("maven.repo.local", root.resolve("local-b").toString()))
            .resolve(VERSION, null);

    assertThat(classpath.jars())
        .allSatisfy(jar -> assertThat(jar).startsWith(root.resolve("local-b")));
    assertThat(root.resolve("local-a")).doesNotExist();
  }

  @Test
  void should_start_from_the_cache_without_any_repository_once_resolved() throws Exception {
    ServerClasspath first = resolver(Map.of()).resolve(VERSION, null);
    deleteTree(remote);

    ServerClasspath again = resolver(Map.of()).resolve(VERSION, null);

    assertThat(again.jars()).isEqualTo(first.jars());
    assertThat(again.source()).contains("cached class path");
  }

  @Test
  void should_resolve_again_when_a_cached_jar_is_gone_and_name_what_was_tried_when_that_fails()
      throws Exception {
    ServerClasspath first = resolver(Map.of()).resolve(VERSION, null);
    Files.delete(first.jars().get(1));
    deleteTree(remote);

    assertThatThrownBy(() -> resolver(Map.of()).resolve(VERSION, null))
        .isInstanceOf(EmbeddedCassandraException.class)
        .hasMessageContaining("No class path for Cassandra " + VERSION)
        .hasMessageContaining("SIBYL_CASSANDRA_HOME")
        .hasMessageContaining("stale")
        .hasMessageContaining("test-mirror (" + remote.toUri().toString().replaceAll("/$", ""))
        .hasMessageContaining("mirroring [central]")
        .hasMessageContaining(settingsFile.toString());
  }

  @Test
  void should_say_offline_and_name_central_when_nothing_can_be_downloaded() throws Exception {
    writeSettings(true);

    assertThatThrownBy(() -> resolver(Map.of()).resolve(VERSION, null))
        .isInstanceOf(EmbeddedCassandraException.class)
        .hasMessageContaining("org.apache.cassandra:cassandra-all:" + VERSION)
        .hasMessageContaining("offline");
  }

  @Test
  void should_run_a_distributions_lib_jars_when_a_home_is_named() throws Exception {
    Path distribution = Files.createDirectories(root.resolve("apache-cassandra-4.1.10/lib"));
    Files.createFile(distribution.resolve("jamm-0.3.2.jar"));
    Files.createFile(distribution.resolve("apache-cassandra-4.1.10.jar"));
    Files.createFile(distribution.resolve("guava-27.0-jre.jar"));
    ServerClasspathResolver resolver =
        new ServerClasspathResolver(
            properties(Map.of()),
            Map.of("SIBYL_CASSANDRA_HOME", distribution.getParent().toString()));

    ServerClasspath classpath = resolver.resolve("5.0.6", null);

    assertThat(classpath.version()).isEqualTo("4.1.10");
    assertThat(classpath.jars()).hasSize(3).isSorted();
    assertThat(classpath.source()).contains(distribution.getParent().toString());
  }

  @Test
  void should_name_the_missing_lib_directory_of_a_distribution() {
    assertThatThrownBy(() -> ServerClasspathResolver.fromDistribution(root.resolve("nowhere")))
        .isInstanceOf(EmbeddedCassandraException.class)
        .hasMessageContaining(root.resolve("nowhere").resolve("lib").toString());
  }

  @Test
  void should_take_the_version_from_the_system_property_then_the_environment() {
    assertThat(new ServerClasspathResolver(new Properties(), Map.of()).cassandraVersion())
        .isEqualTo(EmbeddedCassandra.DEFAULT_VERSION);
    assertThat(
            new ServerClasspathResolver(
                    new Properties(), Map.of("SIBYL_CASSANDRA_VERSION", "4.1.10"))
                .cassandraVersion())
        .isEqualTo("4.1.10");
    Properties system = new Properties();
    system.setProperty("sibyl.cassandraVersion", "5.0.5");
    assertThat(
            new ServerClasspathResolver(system, Map.of("SIBYL_CASSANDRA_VERSION", "4.1.10"))
                .cassandraVersion())
        .isEqualTo("5.0.5");
  }

  private ServerClasspathResolver resolver(Map<String, String> extraProperties) {
    return new ServerClasspathResolver(properties(extraProperties), Map.of());
  }

  /** Only what the resolver should read: a fake home, the test settings, no Maven install. */
  private Properties properties(Map<String, String> extra) {
    Properties properties = new Properties();
    properties.setProperty("user.home", home.toString());
    properties.setProperty("org.apache.maven.user-settings", settingsFile.toString());
    properties.setProperty("sibyl.cacheDir", root.resolve("cache").toString());
    properties.putAll(extra);
    return properties;
  }

  private void writeSettings(boolean offline) throws Exception {
    Files.writeString(
        settingsFile,
        "<settings>\n"
            + "  <localRepository>"
            + root.resolve("local-a")
            + "</localRepository>\n"
            + "  <offline>"
            + offline
            + "</offline>\n"
            + "  <mirrors><mirror>\n"
            + "    <id>test-mirror</id><mirrorOf>central</mirrorOf>\n"
            + "    <url>"
            + remote.toUri()
            + "</url>\n"
            + "  </mirror></mirrors>\n"
            + "</settings>\n");
  }

  private void publish(String group, String artifact, String version, String dependencies)
      throws Exception {
    Path directory =
        Files.createDirectories(
            remote.resolve(group.replace('.', '/')).resolve(artifact).resolve(version));
    String base = artifact + "-" + version;
    Files.writeString(
        directory.resolve(base + ".pom"),
        "<project><modelVersion>4.0.0</modelVersion>"
            + "<groupId>"
            + group
            + "</groupId><artifactId>"
            + artifact
            + "</artifactId>"
            + "<version>"
            + version
            + "</version>"
            + "<dependencies>"
            + dependencies
            + "</dependencies></project>");
    Files.write(directory.resolve(base + ".jar"), new byte[] {'P', 'K', 5, 6});
  }

  private static String dependency(String group, String artifact, String version) {
    return "<dependency><groupId>"
        + group
        + "</groupId><artifactId>"
        + artifact
        + "</artifactId><version>"
        + version
        + "</version></dependency>";
  }

  private static void deleteTree(Path directory) {
    FileTrees.delete(directory);
  }
}
