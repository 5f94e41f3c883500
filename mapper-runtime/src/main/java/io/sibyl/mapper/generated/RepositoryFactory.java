package io.sibyl.mapper.generated;

/**
 * Creates the generated implementation of one repository interface. The processor writes one per
 * {@code @Repository} ({@code UserRepositoryImpl__Factory}) and registers it in {@code
 * META-INF/services/io.sibyl.mapper.generated.RepositoryFactory}.
 *
 * @param <R> the repository interface
 */
public interface RepositoryFactory<R> {

  /** The repository interface this factory implements. */
  Class<R> repositoryType();

  /**
   * The named connection ({@code io.sibyl.mapper.Connections}) that the repository's entity names
   * with {@code @Table(connection)}, or null for the mapper's session.
   */
  default String connection() {
    return null;
  }

  /** A new implementation running on the given support. */
  R create(RepositorySupport support);
}
