package io.sibyl.embedded;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.settings.Mirror;
import org.apache.maven.settings.Profile;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.DefaultSettingsBuilderFactory;
import org.apache.maven.settings.building.DefaultSettingsBuildingRequest;
import org.apache.maven.settings.building.SettingsBuildingException;
import org.eclipse.aether.repository.AuthenticationSelector;
import org.eclipse.aether.repository.MirrorSelector;
import org.eclipse.aether.repository.ProxySelector;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.repository.RepositoryPolicy;
import org.eclipse.aether.util.repository.AuthenticationBuilder;
import org.eclipse.aether.util.repository.DefaultAuthenticationSelector;
import org.eclipse.aether.util.repository.DefaultMirrorSelector;
import org.eclipse.aether.util.repository.DefaultProxySelector;

/**
 * The parts of the user's Maven configuration that resolving the server's class path needs, read as
 * Maven reads them: the global and user {@code settings.xml} (merged, with {@code ${env.X}} and
 * {@code ${user.home}} interpolated), {@code -Dmaven.repo.local}, and Maven Central.
 *
 * <p>Honoured: {@code localRepository}, {@code offline}, {@code mirrors}, {@code proxies}, {@code
 * servers} (user name and password of mirrors and repositories, not encrypted ones) and the
 * repositories of active profiles ({@code activeProfiles} or {@code activeByDefault}).
 */
final class MavenSettings {

  /** Maven Central, which Maven itself falls back to. */
  static final String CENTRAL_URL = "https://repo.maven.apache.org/maven2/";

  private final Settings settings;
  private final Path localRepository;
  private final Path userSettingsFile;
  private final Path globalSettingsFile;

  private MavenSettings(
      Settings settings, Path localRepository, Path userSettingsFile, Path globalSettingsFile) {
    this.settings = settings;
    this.localRepository = localRepository;
    this.userSettingsFile = userSettingsFile;
    this.globalSettingsFile = globalSettingsFile;
  }

  /** The settings of this JVM's user, from the system properties and environment. */
  static MavenSettings load() {
    return load(System.getProperties(), System.getenv());
  }

  /**
   * The settings that {@code system} and {@code env} point at.
   *
   * <p>The user settings are {@code -Dorg.apache.maven.user-settings} or {@code
   * ~/.m2/settings.xml}; the global ones {@code -Dorg.apache.maven.global-settings} or {@code
   * conf/settings.xml} of {@code MAVEN_HOME} / {@code -Dmaven.home}. Missing files are fine.
   *
   * @throws EmbeddedCassandraException if a settings file exists but is not valid
   */
  static MavenSettings load(Properties system, Map<String, String> env) {
    String userHome = system.getProperty("user.home", ".");
    Path userFile =
        Path.of(
            system.getProperty(
                "org.apache.maven.user-settings",
                Path.of(userHome, ".m2", "settings.xml").toString()));
    Path globalFile = globalSettingsFile(system, env);
    DefaultSettingsBuildingRequest request = new DefaultSettingsBuildingRequest();
    request.setUserSettingsFile(userFile.toFile());
    if (globalFile != null) {
      request.setGlobalSettingsFile(globalFile.toFile());
    }
    Properties interpolation = new Properties();
    interpolation.putAll(system);
    env.forEach((name, value) -> interpolation.setProperty("env." + name, value));
    request.setSystemProperties(interpolation);
    Settings settings;
    try {
      settings =
          new DefaultSettingsBuilderFactory().newInstance().build(request).getEffectiveSettings();
    } catch (SettingsBuildingException e) {
      throw new EmbeddedCassandraException(
          "Cannot read the Maven settings "
              + userFile
              + (globalFile == null ? "" : " / " + globalFile)
              + ": "
              + e.getMessage(),
          e);
    }
    String override = system.getProperty("maven.repo.local");
    Path localRepository;
    if (override != null && !override.isBlank()) {
      localRepository = Path.of(override);
    } else if (settings.getLocalRepository() != null && !settings.getLocalRepository().isBlank()) {
      localRepository = Path.of(settings.getLocalRepository());
    } else {
      localRepository = Path.of(userHome, ".m2", "repository");
    }
    return new MavenSettings(
        settings, localRepository.toAbsolutePath().normalize(), userFile, globalFile);
  }

  private static Path globalSettingsFile(Properties system, Map<String, String> env) {
    String explicit = system.getProperty("org.apache.maven.global-settings");
    if (explicit != null) {
      return Path.of(explicit);
    }
    String home = system.getProperty("maven.home", env.get("MAVEN_HOME"));
    return home == null ? null : Path.of(home, "conf", "settings.xml");
  }

  /** Where artifacts are cached: {@code -Dmaven.repo.local}, {@code localRepository}, or ~/.m2. */
  Path localRepository() {
    return localRepository;
  }

  /** Whether {@code settings.xml} says {@code <offline>true</offline>}. */
  boolean offline() {
    return settings.isOffline();
  }

  /** The settings files read (whether or not they exist), for messages. */
  String describeFiles() {
    return userSettingsFile + (globalSettingsFile == null ? "" : " and " + globalSettingsFile);
  }

  /** Maven Central, then the repositories of the active profiles, before mirrors are applied. */
  List<RemoteRepository> repositories() {
    List<RemoteRepository> repositories = new ArrayList<>();
    repositories.add(new RemoteRepository.Builder("central", "default", CENTRAL_URL).build());
    List<String> active = settings.getActiveProfiles();
    for (Profile profile : settings.getProfiles()) {
      boolean byDefault =
          profile.getActivation() != null && profile.getActivation().isActiveByDefault();
      if (!active.contains(profile.getId()) && !byDefault) {
        continue;
      }
      for (org.apache.maven.settings.Repository repository : profile.getRepositories()) {
        RemoteRepository.Builder builder =
            new RemoteRepository.Builder(
                repository.getId(),
                repository.getLayout() == null ? "default" : repository.getLayout(),
                repository.getUrl());
        if (repository.getSnapshots() != null && !repository.getSnapshots().isEnabled()) {
          builder.setSnapshotPolicy(new RepositoryPolicy(false, null, null));
        }
        repositories.add(builder.build());
      }
    }
    return repositories;
  }

  /** The {@code <mirrors>}, matched as Maven matches {@code mirrorOf}. */
  MirrorSelector mirrorSelector() {
    DefaultMirrorSelector selector = new DefaultMirrorSelector();
    for (Mirror mirror : settings.getMirrors()) {
      selector.add(
          mirror.getId(),
          mirror.getUrl(),
          mirror.getLayout() == null ? "default" : mirror.getLayout(),
          false,
          mirror.isBlocked(),
          mirror.getMirrorOf(),
          mirror.getMirrorOfLayouts());
    }
    return selector;
  }

  /** The active {@code <proxies>}, with their credentials and non-proxy hosts. */
  ProxySelector proxySelector() {
    DefaultProxySelector selector = new DefaultProxySelector();
    for (Proxy proxy : settings.getProxies()) {
      if (!proxy.isActive()) {
        continue;
      }
      AuthenticationBuilder auth = new AuthenticationBuilder();
      if (proxy.getUsername() != null) {
        auth.addUsername(proxy.getUsername()).addPassword(proxy.getPassword());
      }
      selector.add(
          new org.eclipse.aether.repository.Proxy(
              proxy.getProtocol(), proxy.getHost(), proxy.getPort(), auth.build()),
          proxy.getNonProxyHosts());
    }
    return selector;
  }

  /** The {@code <servers>} credentials, by repository or mirror id. */
  AuthenticationSelector authenticationSelector() {
    DefaultAuthenticationSelector selector = new DefaultAuthenticationSelector();
    for (Server server : settings.getServers()) {
      if (server.getUsername() == null) {
        continue;
      }
      selector.add(
          server.getId(),
          new AuthenticationBuilder()
              .addUsername(server.getUsername())
              .addPassword(server.getPassword())
              .build());
    }
    return selector;
  }

  @Override
  public String toString() {
    return "Maven settings " + describeFiles() + ", local repository " + localRepository;
  }
}
