package io.sibyl.mapper;

import io.sibyl.driver.Session;
import io.sibyl.mapper.annotations.NullSavingStrategy;
import io.sibyl.mapper.generated.RepositoryFactory;
import io.sibyl.mapper.internal.RepositoryRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Configures a {@link Mapper}. Every setting is optional.
 *
 * <pre>{@code
 * Mapper mapper = Mapper.builder(session)
 *     .keyspace("shop")                                  // default: the session's
 *     .nullSaving(NullSavingStrategy.DO_NOT_SET)          // default: DO_NOT_SET
 *     .preparation(StatementPreparation.EAGER)            // default: LAZY
 *     .build();
 * }</pre>
 */
public final class MapperBuilder {

  private final Session session;
  private String keyspace;
  private NullSavingStrategy nullSaving = NullSavingStrategy.DO_NOT_SET;
  private StatementPreparation preparation = StatementPreparation.LAZY;
  private ClassLoader classLoader;
  private final List<RepositoryFactory<?>> factories = new ArrayList<>();

  MapperBuilder(Session session) {
    this.session = session;
    this.keyspace = session.keyspace();
  }

  /**
   * The keyspace of tables whose entity ({@code @Table(keyspace)}) and repository
   * ({@code @Repository(keyspace)}) name none. Defaults to the session's keyspace; null leaves
   * table names unqualified.
   */
  public MapperBuilder keyspace(String keyspace) {
    this.keyspace = keyspace;
    return this;
  }

  /**
   * What inserts and updates do with null properties when neither the method, the repository nor
   * the entity says. {@link NullSavingStrategy#DEFAULT} means {@link
   * NullSavingStrategy#DO_NOT_SET}.
   */
  public MapperBuilder nullSaving(NullSavingStrategy nullSaving) {
    Objects.requireNonNull(nullSaving, "nullSaving");
    this.nullSaving =
        nullSaving == NullSavingStrategy.DEFAULT ? NullSavingStrategy.DO_NOT_SET : nullSaving;
    return this;
  }

  /** When repository statements are prepared: on first use (default) or when built. */
  public MapperBuilder preparation(StatementPreparation preparation) {
    this.preparation = Objects.requireNonNull(preparation, "preparation");
    return this;
  }

  /**
   * The class loader whose {@code META-INF/services} registrations of generated repository
   * factories are used; by default the one that loaded the requested repository interface.
   */
  public MapperBuilder classLoader(ClassLoader classLoader) {
    this.classLoader = classLoader;
    return this;
  }

  /**
   * Registers generated factories explicitly ({@code new UserRepositoryImpl__Factory()}), for
   * environments where service loading is not available. They come before discovered ones.
   */
  public MapperBuilder register(RepositoryFactory<?>... repositoryFactories) {
    for (RepositoryFactory<?> factory : repositoryFactories) {
      factories.add(Objects.requireNonNull(factory, "factory"));
    }
    return this;
  }

  /**
   * The mapper. With {@link StatementPreparation#EAGER}, every registered repository is created and
   * its statements are prepared first.
   *
   * @throws io.sibyl.driver.DriverException if eager preparation fails
   */
  public Mapper build() {
    RepositoryRegistry registry = new RepositoryRegistry(factories, classLoader);
    Mapper mapper = new Mapper(session, keyspace, nullSaving, preparation, registry);
    if (preparation == StatementPreparation.EAGER) {
      mapper.createAll();
    }
    return mapper;
  }
}
