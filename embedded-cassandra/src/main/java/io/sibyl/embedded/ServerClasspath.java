package io.sibyl.embedded;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The class path of the forked Cassandra server, written at build time by the
 * maven-dependency-plugin into the resource {@code io/sibyl/embedded/cassandra-<version>.classpath}
 * (jar paths in the local Maven repository, separated by the platform's path separator).
 *
 * <p>Nothing is downloaded at run time: a missing resource or jar is reported with the command that
 * writes it.
 */
final class ServerClasspath {

  /** The Cassandra version whose class path this build writes (see the module's pom). */
  static final String BUNDLED_VERSION = "5.0.6";

  private static final String REBUILD_HINT =
      "Run `mvn install -pl embedded-cassandra` (from the Sibyl root, online once) to resolve"
          + " cassandra-all and its dependencies into the local Maven repository and write the"
          + " class path resource again.";

  private final List<Path> jars;

  private ServerClasspath(List<Path> jars) {
    this.jars = List.copyOf(jars);
  }

  /** Resource name of the class path list for {@code version}, relative to the class loader. */
  static String resourceName(String version) {
    return "io/sibyl/embedded/cassandra-" + version + ".classpath";
  }

  /**
   * Reads and checks the class path of Cassandra {@code version} from this module's resources.
   *
   * @throws EmbeddedCassandraException if the resource or one of the jars it lists is missing
   */
  static ServerClasspath load(String version) {
    return load(version, ServerClasspath.class.getClassLoader());
  }

  /** As {@link #load(String)}, reading the resource through {@code loader}. */
  static ServerClasspath load(String version, ClassLoader loader) {
    String resource = resourceName(version);
    String text;
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new EmbeddedCassandraException(
            "No class path for Cassandra "
                + version
                + ": the resource "
                + resource
                + " is not on the class path (this build of sibyl-embedded-cassandra bundles"
                + " Cassandra "
                + BUNDLED_VERSION
                + "). "
                + REBUILD_HINT);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new EmbeddedCassandraException("Cannot read the resource " + resource, e);
    }
    return parse(text, resource);
  }

  /** Parses a class path list and checks that every jar exists. */
  static ServerClasspath parse(String text, String source) {
    List<Path> jars = new ArrayList<>();
    for (String entry : text.trim().split(File.pathSeparator)) {
      String trimmed = entry.trim();
      if (trimmed.isEmpty()) {
        continue;
      }
      Path jar = Path.of(trimmed);
      if (!Files.isRegularFile(jar)) {
        throw new EmbeddedCassandraException(
            "The Cassandra server jar "
                + jar
                + " listed in "
                + source
                + " does not exist (was the local Maven repository cleaned or moved?). "
                + REBUILD_HINT);
      }
      jars.add(jar);
    }
    if (jars.isEmpty()) {
      throw new EmbeddedCassandraException(
          "The class path list " + source + " is empty. " + REBUILD_HINT);
    }
    ServerClasspath classpath = new ServerClasspath(jars);
    classpath.jar("cassandra-all", source);
    classpath.jar("jamm", source);
    return classpath;
  }

  /** The jars, in class path order. */
  List<Path> jars() {
    return jars;
  }

  /** The class path as one string for {@code java -cp}. */
  String asArgument() {
    StringBuilder joined = new StringBuilder();
    for (Path jar : jars) {
      if (joined.length() > 0) {
        joined.append(File.pathSeparatorChar);
      }
      joined.append(jar);
    }
    return joined.toString();
  }

  /** The jamm jar, which the server needs as a {@code -javaagent} to measure object sizes. */
  Path jammJar() {
    return jar("jamm", "the server class path");
  }

  private Path jar(String artifactId, String source) {
    for (Path jar : jars) {
      String name = jar.getFileName().toString();
      if (name.startsWith(artifactId + "-") && name.endsWith(".jar")) {
        return jar;
      }
    }
    throw new EmbeddedCassandraException(
        "The class path list " + source + " has no " + artifactId + " jar. " + REBUILD_HINT);
  }
}
