package io.sibyl.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Chooses the Java that runs the forked Cassandra node. Cassandra 4.1 and 5.0 run on Java 11 and 17
 * only, while the tests that start them may run on a newer Java (21, 25): the node then needs a JDK
 * of its own. Tried in order: {@code -Dsibyl.cassandraJavaHome} or {@code
 * SIBYL_CASSANDRA_JAVA_HOME}; the running JVM when its version fits; {@code JAVA_HOME} when its
 * version fits; every JDK under {@code /usr/lib/jvm} (17 first).
 */
final class ServerJava {
  /** The Java feature versions Cassandra 4.1 and 5.0 run on, best first. */
  static final List<Integer> SUPPORTED = List.of(17, 11);

  private static final Path JVM_DIRECTORY = Path.of("/usr/lib/jvm");

  private ServerJava() {}

  /** The {@code java} executable for the node. */
  static Path executable() {
    return executable(
        System.getProperty("sibyl.cassandraJavaHome"),
        System.getenv(),
        Path.of(System.getProperty("java.home")),
        Runtime.version().feature(),
        JVM_DIRECTORY);
  }

  static Path executable(
      String javaHomeProperty,
      Map<String, String> environment,
      Path runningHome,
      int runningVersion,
      Path jvmDirectory) {
    String configured =
        javaHomeProperty != null ? javaHomeProperty : environment.get("SIBYL_CASSANDRA_JAVA_HOME");
    if (configured != null && !configured.isBlank()) {
      Path java = javaIn(Path.of(configured));
      if (!Files.isExecutable(java)) {
        throw new EmbeddedCassandraException(
            "The Java home chosen for Cassandra ("
                + configured
                + ", from -Dsibyl.cassandraJavaHome or SIBYL_CASSANDRA_JAVA_HOME) has no"
                + " executable bin/java; point it at a JDK 11 or 17");
      }
      return java;
    }
    if (SUPPORTED.contains(runningVersion)) {
      return javaIn(runningHome);
    }
    List<String> tried = new ArrayList<>();
    tried.add("the running Java " + runningVersion + " (" + runningHome + ")");
    String javaHome = environment.get("JAVA_HOME");
    if (javaHome != null && !javaHome.isBlank()) {
      Optional<Integer> version = featureVersion(Path.of(javaHome));
      tried.add("JAVA_HOME " + javaHome + " (" + version.map(String::valueOf).orElse("?") + ")");
      if (version.isPresent() && SUPPORTED.contains(version.get())) {
        return javaIn(Path.of(javaHome));
      }
    }
    for (int wanted : SUPPORTED) {
      for (Path home : installedJdks(jvmDirectory)) {
        if (featureVersion(home).orElse(-1) == wanted && Files.isExecutable(javaIn(home))) {
          return javaIn(home);
        }
      }
    }
    tried.add("the JDKs under " + jvmDirectory);
    throw new EmbeddedCassandraException(
        "Cassandra runs on Java 11 or 17, and none was found; tried "
            + String.join(", ", tried)
            + ". Install a JDK 17 and set SIBYL_CASSANDRA_JAVA_HOME (or -Dsibyl.cassandraJavaHome)"
            + " to it");
  }

  private static List<Path> installedJdks(Path jvmDirectory) {
    if (!Files.isDirectory(jvmDirectory)) {
      return List.of();
    }
    try (Stream<Path> homes = Files.list(jvmDirectory)) {
      return homes.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** The feature version a JDK's {@code release} file gives ({@code JAVA_VERSION="17.0.15"}). */
  static Optional<Integer> featureVersion(Path home) {
    Path release = home.resolve("release");
    if (!Files.isRegularFile(release)) {
      return Optional.empty();
    }
    try (Stream<String> lines = Files.lines(release)) {
      return lines
          .filter(line -> line.startsWith("JAVA_VERSION="))
          .findFirst()
          .map(line -> line.substring("JAVA_VERSION=".length()).replace("\"", ""))
          .map(ServerJava::feature);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static int feature(String version) {
    String[] parts = version.split("[.+-]");
    int first = Integer.parseInt(parts[0]);
    // Java 8 and before wrote 1.8.0_x.
    return first == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : first;
  }

  private static Path javaIn(Path home) {
    return home.resolve("bin").resolve("java");
  }
}
