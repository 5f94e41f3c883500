package io.sibyl.spring.boot;

import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.generated.RepositoryFactory;
import java.beans.Introspector;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;

/**
 * Registers a bean for every generated repository, injectable by its {@code @Repository} interface
 * and created by the {@link Mapper} bean. The repositories are the {@link RepositoryFactory}
 * services that the mapper's processor registered in {@code META-INF/services}; nothing scans the
 * class path. A repository type that already has a bean definition of the same name is skipped.
 */
public final class SibylRepositoriesRegistrar
    implements BeanDefinitionRegistryPostProcessor, BeanFactoryAware, BeanClassLoaderAware {

  private static final Logger LOG = LoggerFactory.getLogger(SibylRepositoriesRegistrar.class);

  private BeanFactory beanFactory;
  private ClassLoader classLoader;

  /** A registrar; the auto-configuration declares one. */
  public SibylRepositoriesRegistrar() {}

  @Override
  public void setBeanFactory(BeanFactory beanFactory) throws BeansException {
    this.beanFactory = beanFactory;
  }

  @Override
  public void setBeanClassLoader(ClassLoader classLoader) {
    this.classLoader = classLoader;
  }

  @Override
  public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
    List<String> registered = new ArrayList<>();
    for (RepositoryFactory<?> factory : factories()) {
      Class<?> type = factory.repositoryType();
      String name = Introspector.decapitalize(type.getSimpleName());
      if (registry.containsBeanDefinition(name)) {
        LOG.debug("Bean {} is already defined; not registering Sibyl repository {}", name, type);
        continue;
      }
      registry.registerBeanDefinition(name, definition(type));
      registered.add(type.getName());
    }
    LOG.debug("Sibyl repository beans: {}", registered);
  }

  private <R> RootBeanDefinition definition(Class<R> type) {
    RootBeanDefinition definition =
        new RootBeanDefinition(type, () -> beanFactory.getBean(Mapper.class).repository(type));
    definition.setDescription("Sibyl repository " + type.getName());
    return definition;
  }

  @SuppressWarnings("rawtypes")
  private List<RepositoryFactory<?>> factories() {
    List<RepositoryFactory<?>> factories = new ArrayList<>();
    ServiceLoader<RepositoryFactory> services =
        ServiceLoader.load(
            RepositoryFactory.class,
            classLoader != null ? classLoader : SibylRepositoriesRegistrar.class.getClassLoader());
    for (RepositoryFactory<?> factory : services) {
      factories.add(factory);
    }
    return factories;
  }
}
