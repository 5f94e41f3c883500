package io.sibyl.embedded;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The class path of the forked Cassandra server: the jars of {@code cassandra-all} (or a
 * distribution's {@code apache-cassandra}) and its dependencies, each checked to exist. See {@link
 * ServerClasspathResolver} for where they come from.
 */
final class ServerClasspath {

  /** The Cassandra version used when nothing else is asked for. */
  static final String DEFAULT_VERSION = "5.0.6";

  private static final Pattern SERVER_JAR =
      Pattern.compile("(?:cassandra-all|apache-cassandra)-(\\d+\\.\\d+.*)\\.jar");

  private final List<Path> jars;
  private final String version;
  private final String source;

  private ServerClasspath(List<Path> jars, String version, String source) {
    this.jars = List.copyOf(jars);
    this.version = version;
    this.source = source;
  }

  /**
   * Checks a class path: every jar exists, and the server and jamm jars are among them.
   *
   * @param jars the jars, in class path order
   * @param source where the list comes from, for messages
   * @param hint what to do if it is broken, for messages
   * @throws EmbeddedCassandraException if a jar is missing, or the list has no server or jamm jar
   */
  static ServerClasspath of(List<Path> jars, String source, String hint) {
    for (Path jar : jars) {
      if (!Files.isRegularFile(jar)) {
        throw new EmbeddedCassandraException(
            "The Cassandra server jar " + jar + " from " + source + " does not exist. " + hint);
      }
    }
    Optional<String> version = serverVersion(jars);
    if (version.isEmpty()) {
      throw new EmbeddedCassandraException(
          "The class path from "
              + source
              + " has no cassandra-all-<version>.jar or apache-cassandra-<version>.jar. "
              + hint);
    }
    ServerClasspath classpath = new ServerClasspath(jars, version.get(), source);
    if (classpath.find("jamm").isEmpty()) {
      throw new EmbeddedCassandraException(
          "The class path from " + source + " has no jamm jar. " + hint);
    }
    return classpath;
  }

  /** The Cassandra version in the server jar's name, e.g. {@code 5.0.6}. */
  static Optional<String> serverVersion(List<Path> jars) {
    for (Path jar : jars) {
      Matcher name = SERVER_JAR.matcher(jar.getFileName().toString());
      if (name.matches()) {
        return Optional.of(name.group(1));
      }
    }
    return Optional.empty();
  }

  /** The jars, in class path order. */
  List<Path> jars() {
    return jars;
  }

  /** The Cassandra version of the server jar. */
  String version() {
    return version;
  }

  /** Where the jars come from (a distribution, a cached list, Maven), for messages. */
  String source() {
    return source;
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
    return find("jamm").orElseThrow();
  }

  private Optional<Path> find(String artifactId) {
    for (Path jar : jars) {
      String name = jar.getFileName().toString();
      if (name.startsWith(artifactId + "-") && name.endsWith(".jar")) {
        return Optional.of(jar);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "Cassandra " + version + " (" + jars.size() + " jars from " + source + ")";
  }
}
