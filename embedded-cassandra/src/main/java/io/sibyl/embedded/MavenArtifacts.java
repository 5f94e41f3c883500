package io.sibyl.embedded;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession.CloseableSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.Exclusion;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.supplier.SessionBuilderSupplier;
import org.eclipse.aether.transfer.AbstractTransferListener;
import org.eclipse.aether.transfer.TransferEvent;
import org.eclipse.aether.util.artifact.JavaScopes;
import org.eclipse.aether.util.filter.DependencyFilterUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves an artifact and its run-time dependencies with Maven Resolver, as Maven would for a
 * project depending on it: through the user's mirrors, proxies and credentials, into the user's
 * local repository. Each download is logged, and so is the total.
 */
final class MavenArtifacts {

  private static final Logger LOG = LoggerFactory.getLogger(MavenArtifacts.class);

  private final MavenSettings settings;

  MavenArtifacts(MavenSettings settings) {
    this.settings = settings;
  }

  /**
   * The jars of {@code coordinates} ({@code group:artifact:version}) and its compile and runtime
   * dependencies, in class path order.
   *
   * @param excludedGroups groups left out with all their artifacts (e.g. broken optional tools)
   * @throws EmbeddedCassandraException naming the repositories tried, if something cannot be
   *     resolved
   */
  List<Path> resolve(String coordinates, List<String> excludedGroups) {
    long started = System.nanoTime();
    RepositorySystem system = new RepositorySystemSupplier().get();
    AtomicInteger downloads = new AtomicInteger();
    AtomicLong bytes = new AtomicLong();
    List<RemoteRepository> repositories = List.of();
    try (CloseableSession session =
        new SessionBuilderSupplier(system)
            .get()
            .withLocalRepositoryBaseDirectories(settings.localRepository())
            .setOffline(settings.offline())
            .setMirrorSelector(settings.mirrorSelector())
            .setProxySelector(settings.proxySelector())
            .setAuthenticationSelector(settings.authenticationSelector())
            .setSystemProperties(System.getProperties())
            // Test JVMs of one build (surefire forks, parallel modules) may resolve together.
            .setConfigProperty("aether.syncContext.named.factory", "file-lock")
            .setConfigProperty("aether.syncContext.named.nameMapper", "file-gav")
            .setTransferListener(downloadLog(downloads, bytes))
            .build()) {
      repositories = system.newResolutionRepositories(session, settings.repositories());
      List<Exclusion> exclusions = new ArrayList<>();
      for (String group : excludedGroups) {
        exclusions.add(new Exclusion(group, "*", "*", "*"));
      }
      CollectRequest collect =
          new CollectRequest(
              new Dependency(
                  new DefaultArtifact(coordinates), JavaScopes.RUNTIME, false, exclusions),
              repositories);
      List<Path> jars = new ArrayList<>();
      for (ArtifactResult result :
          system
              .resolveDependencies(
                  session,
                  new DependencyRequest(
                      collect, DependencyFilterUtils.classpathFilter(JavaScopes.RUNTIME)))
              .getArtifactResults()) {
        jars.add(result.getArtifact().getPath());
      }
      LOG.info(
          "Resolved {} and its dependencies ({} jars) in {} ms: {} file(s) downloaded ({} KiB)"
              + " into {} from {}",
          coordinates,
          jars.size(),
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
          downloads.get(),
          bytes.get() / 1024,
          settings.localRepository(),
          describe(repositories));
      return jars;
    } catch (DependencyResolutionException | RuntimeException e) {
      throw new EmbeddedCassandraException(
          "Cannot resolve "
              + coordinates
              + " and its dependencies from "
              + describe(repositories.isEmpty() ? settings.repositories() : repositories)
              + " into the local repository "
              + settings.localRepository()
              + (settings.offline() ? " (offline, as settings.xml says)" : "")
              + ", with the Maven settings "
              + settings.describeFiles()
              + ": "
              + e.getMessage(),
          e);
    } finally {
      system.shutdown();
    }
  }

  /** Each repository as {@code id (url)}; a mirror also names what it mirrors. */
  static String describe(List<RemoteRepository> repositories) {
    List<String> names = new ArrayList<>();
    for (RemoteRepository repository : repositories) {
      String name = repository.getId() + " (" + repository.getUrl() + ")";
      if (!repository.getMirroredRepositories().isEmpty()) {
        List<String> mirrored = new ArrayList<>();
        repository.getMirroredRepositories().forEach(r -> mirrored.add(r.getId()));
        name += " mirroring " + mirrored;
      }
      if (repository.getProxy() != null) {
        name +=
            " via proxy " + repository.getProxy().getHost() + ":" + repository.getProxy().getPort();
      }
      names.add(name);
    }
    return names.toString();
  }

  private static AbstractTransferListener downloadLog(AtomicInteger downloads, AtomicLong bytes) {
    return new AbstractTransferListener() {
      @Override
      public void transferSucceeded(TransferEvent event) {
        if (event.getRequestType() == TransferEvent.RequestType.PUT) {
          return;
        }
        downloads.incrementAndGet();
        bytes.addAndGet(event.getTransferredBytes());
        LOG.info(
            "Downloaded {}{} ({} KiB)",
            event.getResource().getRepositoryUrl(),
            event.getResource().getResourceName(),
            event.getTransferredBytes() / 1024);
      }
    };
  }
}
