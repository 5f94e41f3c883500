package io.sibyl.embedded;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the jars the forked server runs from, in this order:
 *
 * <ol>
 *   <li>an unpacked Cassandra distribution, if one is named ({@code cassandraHome(Path)}, {@code
 *       -Dsibyl.cassandraHome} or {@code SIBYL_CASSANDRA_HOME}): its {@code lib/*.jar};
 *   <li>the class path resolved before for this version and local repository, cached in {@code
 *       ~/.sibyl/cache} (or {@code -Dsibyl.cacheDir}), if every jar in it still exists: no Maven
 *       work at all, and no network;
 *   <li>Maven Resolver: {@code org.apache.cassandra:cassandra-all:<version>} and its run-time
 *       dependencies, through the user's {@code settings.xml} (see {@link MavenSettings}); the
 *       result is then cached.
 * </ol>
 */
final class ServerClasspathResolver {

  private static final Logger LOG = LoggerFactory.getLogger(ServerClasspathResolver.class);

  /** Profiler parsers that Cassandra never loads; their POMs are invalid. */
  static final List<String> EXCLUDED_GROUPS = List.of("org.perfkit.sjk.parsers");

  private static final String HOME_HINT =
      "Point SIBYL_CASSANDRA_HOME (or -Dsibyl.cassandraHome) at an unpacked Apache Cassandra"
          + " distribution, which has the jars in lib/.";

  private final Properties system;
  private final Map<String, String> env;

  ServerClasspathResolver(Properties system, Map<String, String> env) {
    this.system = system;
    this.env = env;
  }

  /** A resolver reading this JVM's system properties and environment. */
  static ServerClasspathResolver fromEnvironment() {
    return new ServerClasspathResolver(System.getProperties(), System.getenv());
  }

  /**
   * The distribution named by {@code -Dsibyl.cassandraHome} or {@code SIBYL_CASSANDRA_HOME}, if
   * any.
   */
  Path cassandraHome() {
    String home = setting("sibyl.cassandraHome", "SIBYL_CASSANDRA_HOME");
    return home == null ? null : Path.of(home);
  }

  /** The version named by {@code -Dsibyl.cassandraVersion} or {@code SIBYL_CASSANDRA_VERSION}. */
  String cassandraVersion() {
    String version = setting("sibyl.cassandraVersion", "SIBYL_CASSANDRA_VERSION");
    return version == null ? ServerClasspath.DEFAULT_VERSION : version;
  }

  /**
   * The class path of Cassandra {@code version}, or of the distribution in {@code home}.
   *
   * @param version the version to resolve with Maven (ignored with a distribution)
   * @param home an unpacked distribution, or {@code null} for {@link #cassandraHome()}
   * @throws EmbeddedCassandraException naming what was tried, if no class path can be found
   */
  ServerClasspath resolve(String version, Path home) {
    Path distribution = home != null ? home : cassandraHome();
    if (distribution != null) {
      return fromDistribution(distribution);
    }
    MavenSettings settings = MavenSettings.load(system, env);
    Path cache = cacheFile(version, settings.localRepository());
    String cacheState = "absent";
    if (Files.isRegularFile(cache)) {
      try {
        ServerClasspath cached =
            ServerClasspath.of(read(cache), "the cached class path " + cache, "");
        LOG.debug("Using {}", cached);
        return cached;
      } catch (EmbeddedCassandraException | IOException e) {
        cacheState = "stale (" + e.getMessage().trim() + ")";
        LOG.info(
            "Resolving Cassandra {} again: the cached class path {} is {}",
            version,
            cache,
            cacheState);
      }
    }
    LOG.info(
        "Resolving the class path of Cassandra {} with Maven (first start only; cached in {})",
        version,
        cache);
    String coordinates = "org.apache.cassandra:cassandra-all:" + version;
    List<Path> jars;
    try {
      jars = new MavenArtifacts(settings).resolve(coordinates, EXCLUDED_GROUPS);
    } catch (EmbeddedCassandraException e) {
      throw new EmbeddedCassandraException(
          "No class path for Cassandra "
              + version
              + ". Tried: no distribution (SIBYL_CASSANDRA_HOME and -Dsibyl.cassandraHome are"
              + " unset); the cached class path "
              + cache
              + " ("
              + cacheState
              + "); Maven: "
              + e.getMessage()
              + ". Check the version, the network or the mirror in settings.xml; or "
              + HOME_HINT,
          e);
    }
    ServerClasspath classpath = ServerClasspath.of(jars, "Maven (" + coordinates + ")", HOME_HINT);
    write(cache, jars);
    return classpath;
  }

  /** The jars of an unpacked distribution: {@code lib/*.jar}, sorted by name. */
  static ServerClasspath fromDistribution(Path home) {
    Path lib = home.resolve("lib");
    String source = "the Cassandra distribution " + home;
    if (!Files.isDirectory(lib)) {
      throw new EmbeddedCassandraException(
          "No lib directory in "
              + source
              + ": expected "
              + lib
              + " with the server jars. "
              + HOME_HINT);
    }
    List<Path> jars = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(lib, "*.jar")) {
      files.forEach(jars::add);
    } catch (IOException e) {
      throw new EmbeddedCassandraException("Cannot list " + lib, e);
    }
    jars.sort(null);
    return ServerClasspath.of(jars, source, HOME_HINT);
  }

  /**
   * Where the class path of {@code version} resolved into {@code localRepository} is cached: one
   * file per version and local repository.
   */
  Path cacheFile(String version, Path localRepository) {
    String directory = system.getProperty("sibyl.cacheDir");
    Path cacheDirectory =
        directory != null
            ? Path.of(directory)
            : Path.of(system.getProperty("user.home", "."), ".sibyl", "cache");
    String key = Integer.toHexString(localRepository.toString().hashCode());
    return cacheDirectory.resolve("cassandra-" + version + "-" + key + ".classpath");
  }

  private static List<Path> read(Path cache) throws IOException {
    List<Path> jars = new ArrayList<>();
    for (String entry :
        Files.readString(cache, StandardCharsets.UTF_8).trim().split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        jars.add(Path.of(entry.trim()));
      }
    }
    return jars;
  }

  private static void write(Path cache, List<Path> jars) {
    StringBuilder text = new StringBuilder();
    for (Path jar : jars) {
      text.append(jar.toAbsolutePath()).append(File.pathSeparatorChar);
    }
    try {
      Files.createDirectories(cache.getParent());
      Path temporary =
          Files.createTempFile(cache.getParent(), cache.getFileName().toString(), ".tmp");
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      Files.move(
          temporary, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      // Only a cache: the next start resolves again.
      LOG.warn("Cannot cache the Cassandra class path in {}: {}", cache, e.toString());
    }
  }

  private String setting(String property, String variable) {
    String value = system.getProperty(property);
    if (value == null || value.isBlank()) {
      value = env.get(variable);
    }
    return value == null || value.isBlank() ? null : value.trim();
  }
}
