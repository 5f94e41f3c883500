package io.sibyl.mapper.internal;

import io.sibyl.mapper.MapperException;
import io.sibyl.mapper.metamodel.MetamodelProvider;
import io.sibyl.mapper.metamodel.TableMetamodel;
import java.util.Iterator;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Finds the generated metamodel of an entity class among the {@link MetamodelProvider} services
 * that the processor registered in {@code META-INF/services} (or that a module {@code provides}),
 * and remembers it. No reflection is involved.
 */
public final class MetamodelRegistry {

  private final ClassLoader classLoader;
  private final ConcurrentMap<Class<?>, TableMetamodel<?>> found = new ConcurrentHashMap<>();

  /** A registry searching with the given class loader, or the entity's when null. */
  public MetamodelRegistry(ClassLoader classLoader) {
    this.classLoader = classLoader;
  }

  /**
   * The metamodel of an entity class.
   *
   * @throws MapperException if none is registered
   */
  @SuppressWarnings("unchecked")
  public <T> TableMetamodel<T> metamodelFor(Class<T> entityType) {
    TableMetamodel<?> metamodel = found.get(entityType);
    if (metamodel == null) {
      metamodel = load(entityType);
      found.putIfAbsent(entityType, metamodel);
    }
    return (TableMetamodel<T>) metamodel;
  }

  @SuppressWarnings("rawtypes")
  private TableMetamodel<?> load(Class<?> entityType) {
    ClassLoader loader = classLoader != null ? classLoader : entityType.getClassLoader();
    ServiceLoader<MetamodelProvider> services =
        loader == null
            ? ServiceLoader.load(MetamodelProvider.class)
            : ServiceLoader.load(MetamodelProvider.class, loader);
    Iterator<MetamodelProvider> iterator = services.iterator();
    while (true) {
      MetamodelProvider<?> provider;
      try {
        if (!iterator.hasNext()) {
          break;
        }
        provider = iterator.next();
      } catch (ServiceConfigurationError e) {
        // A stale entry (an entity removed since an incremental build): skip it.
        continue;
      }
      if (provider.entityType() == entityType) {
        return provider.metamodel();
      }
    }
    throw new MapperException(
        "No generated metamodel of "
            + entityType.getName()
            + " was found. Check that it is annotated with @Table (or is a @DiscriminatorValue"
            + " subtype of a polymorphic @Table), that sibyl-mapper-processor ran when it was"
            + " compiled (it writes "
            + entityType.getSimpleName()
            + "_ and registers it in META-INF/services/"
            + MetamodelProvider.class.getName()
            + "), and, in a named module, that the module 'provides' it.");
  }
}
