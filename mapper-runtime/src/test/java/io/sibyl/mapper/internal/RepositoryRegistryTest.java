package io.sibyl.mapper.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.mapper.MapperException;
import io.sibyl.mapper.generated.RepositoryFactory;
import io.sibyl.mapper.generated.RepositorySupport;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepositoryRegistryTest {

  /** A repository interface for the tests. */
  public interface Greeter {
    String greet();
  }

  /** Not registered anywhere. */
  public interface Orphan {}

  /** Registered in src/test/resources/META-INF/services. */
  public static final class GreeterFactory implements RepositoryFactory<Greeter> {
    @Override
    public Class<Greeter> repositoryType() {
      return Greeter.class;
    }

    @Override
    public Greeter create(RepositorySupport support) {
      return () -> "hello";
    }
  }

  @Test
  void should_find_factory_registered_as_service() {
    RepositoryRegistry registry = new RepositoryRegistry(List.of(), null);

    RepositoryFactory<Greeter> factory = registry.factoryFor(Greeter.class);

    assertThat(factory.create(null).greet()).isEqualTo("hello");
    assertThat(registry.factories().stream().map(f -> (Object) f.repositoryType()))
        .contains(Greeter.class);
  }

  @Test
  void should_prefer_explicit_factories() {
    RepositoryFactory<Greeter> explicit =
        new RepositoryFactory<>() {
          @Override
          public Class<Greeter> repositoryType() {
            return Greeter.class;
          }

          @Override
          public Greeter create(RepositorySupport support) {
            return () -> "explicit";
          }
        };
    RepositoryRegistry registry = new RepositoryRegistry(List.of(explicit), null);

    assertThat(registry.factoryFor(Greeter.class).create(null).greet()).isEqualTo("explicit");
  }

  @Test
  void should_explain_missing_implementation() {
    RepositoryRegistry registry = new RepositoryRegistry(List.of(), null);

    assertThatThrownBy(() -> registry.factoryFor(Orphan.class))
        .isInstanceOf(MapperException.class)
        .hasMessageContaining("Orphan")
        .hasMessageContaining("@Repository")
        .hasMessageContaining("META-INF/services/io.sibyl.mapper.generated.RepositoryFactory");
  }
}
