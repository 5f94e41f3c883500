package io.sibyl.mapper.internal;

import io.sibyl.mapper.MapperException;
import io.sibyl.mapper.generated.RepositoryFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds the generated factory of a repository interface: among those registered explicitly, then
 * among the {@link RepositoryFactory} services that the processor registered in {@code
 * META-INF/services} (or that a module {@code provides}). No reflection is involved.
 */
public final class RepositoryRegistry {

  private final Map<Class<?>, RepositoryFactory<?>> explicit = new LinkedHashMap<>();
  private final ClassLoader classLoader;

  /** A registry over explicit factories and those found with the given class loader (or null). */
  public RepositoryRegistry(List<RepositoryFactory<?>> factories, ClassLoader classLoader) {
    for (RepositoryFactory<?> factory : factories) {
      explicit.putIfAbsent(factory.repositoryType(), factory);
    }
    this.classLoader = classLoader;
  }

  /**
   * The factory of a repository interface.
   *
   * @throws MapperException if none is registered
   */
  @SuppressWarnings("unchecked")
  public <R> RepositoryFactory<R> factoryFor(Class<R> repositoryType) {
    RepositoryFactory<?> factory = explicit.get(repositoryType);
    if (factory == null) {
      ClassLoader loader = classLoader != null ? classLoader : repositoryType.getClassLoader();
      for (RepositoryFactory<?> candidate : load(loader)) {
        if (candidate.repositoryType() == repositoryType) {
          factory = candidate;
          break;
        }
      }
    }
    if (factory == null) {
      throw new MapperException(
          "No generated implementation of "
              + repositoryType.getName()
              + " was found. Check that it is annotated with @Repository, that"
              + " sibyl-mapper-processor ran when it was compiled (it writes "
              + repositoryType.getSimpleName()
              + "Impl and registers it in META-INF/services/"
              + RepositoryFactory.class.getName()
              + "), and, in a named module, that the module 'provides' that factory.");
    }
    return (RepositoryFactory<R>) factory;
  }

  /** Every factory: the explicit ones, then those discovered with the configured class loader. */
  public List<RepositoryFactory<?>> factories() {
    Map<Class<?>, RepositoryFactory<?>> all = new LinkedHashMap<>(explicit);
    ClassLoader loader =
        classLoader != null ? classLoader : Thread.currentThread().getContextClassLoader();
    for (RepositoryFactory<?> factory : load(loader)) {
      all.putIfAbsent(factory.repositoryType(), factory);
    }
    return new ArrayList<>(all.values());
  }

  @SuppressWarnings("rawtypes")
  private static List<RepositoryFactory<?>> load(ClassLoader loader) {
    List<RepositoryFactory<?>> found = new ArrayList<>();
    ServiceLoader<RepositoryFactory> services =
        loader == null
            ? ServiceLoader.load(RepositoryFactory.class)
            : ServiceLoader.load(RepositoryFactory.class, loader);
    Iterator<RepositoryFactory> iterator = services.iterator();
    while (true) {
      try {
        if (!iterator.hasNext()) {
          return found;
        }
        found.add(iterator.next());
      } catch (ServiceConfigurationError e) {
        // A stale entry (a repository removed since an incremental build): skip it.
      }
    }
  }
}
