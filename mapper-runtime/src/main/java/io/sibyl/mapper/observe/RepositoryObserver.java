package io.sibyl.mapper.observe;

/**
 * Told when a repository call or a query-DSL operation starts and ends, to time it (the {@code
 * sibyl-micrometer} module reports {@code sibyl.repository.calls}). Set one with {@code
 * MapperBuilder.repositoryObserver}; the default, {@link #NONE}, does nothing and is skipped
 * entirely.
 *
 * <p>Calls come from application threads (synchronous calls) and driver threads (the end of
 * asynchronous ones): be quick, never block, never throw.
 */
public interface RepositoryObserver {

  /** The default observer: does nothing; the mapper does not even call it. */
  RepositoryObserver NONE = NoRepositoryObserver.INSTANCE;

  /**
   * A call starts.
   *
   * @param repository the repository's name: the generated repository's interface simple name, or
   *     for the query DSL ({@code Mapper.table}) the entity's table name
   * @param method the method or the DSL's terminal operation, such as {@code findById} or {@code
   *     list}
   * @return the state to hand to {@link #stop}, or null
   */
  Object start(String repository, String method);

  /**
   * The call that {@code context} (what {@link #start} returned) stands for ended.
   *
   * @param error what it threw or failed with, or null if it succeeded
   */
  void stop(Object context, Throwable error);
}
