package io.sibyl.mapper.bulk;

import io.sibyl.mapper.observe.Observed;
import io.sibyl.mapper.observe.RepositoryObserver;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Reports bulk writes to a {@link RepositoryObserver}: a whole {@code saveAll} is one call (not one
 * per entity). It succeeds when every entity was written; when some were not, it ends with the
 * {@link BulkWriteException} that {@link BulkResult#orThrow()} would throw (the caller still gets
 * the result, not the exception); when the input failed, with that failure. Used by the query DSL
 * and by generated repositories.
 */
public final class ObservedBulk {
  private ObservedBulk() {}

  /**
   * Runs a blocking bulk write under {@code observer}.
   *
   * @param observer the mapper's observer
   * @param repository the repository (or table) name
   * @param method the method name, such as {@code saveAll}
   * @param call the write
   * @param <T> the entity type
   * @return the write's result, unchanged
   */
  public static <T> BulkResult<T> call(
      RepositoryObserver observer, String repository, String method, Supplier<BulkResult<T>> call) {
    if (observer == RepositoryObserver.NONE) {
      return call.get();
    }
    Object context = Observed.start(observer, repository, method);
    BulkResult<T> result;
    try {
      result = call.get();
    } catch (RuntimeException | Error e) {
      Observed.stopQuietly(observer, context, e);
      throw e;
    }
    Observed.stopQuietly(observer, context, outcome(result));
    return result;
  }

  /**
   * Runs a bulk write without blocking under {@code observer}; the observer hears when the last
   * entity is written or failed.
   *
   * @param observer the mapper's observer
   * @param repository the repository (or table) name
   * @param method the method name, such as {@code saveAllAsync}
   * @param call the write
   * @param <T> the entity type
   * @return the write's outcome, unchanged
   */
  public static <T> CompletionStage<BulkResult<T>> callAsync(
      RepositoryObserver observer,
      String repository,
      String method,
      Supplier<CompletionStage<BulkResult<T>>> call) {
    if (observer == RepositoryObserver.NONE) {
      return call.get();
    }
    Object context = Observed.start(observer, repository, method);
    CompletionStage<BulkResult<T>> stage;
    try {
      stage = call.get();
    } catch (RuntimeException | Error e) {
      Observed.stopQuietly(observer, context, e);
      throw e;
    }
    return stage.whenComplete(
        (result, error) ->
            Observed.stopQuietly(
                observer, context, error != null ? unwrap(error) : outcome(result)));
  }

  private static Throwable unwrap(Throwable error) {
    return error instanceof CompletionException && error.getCause() != null
        ? error.getCause()
        : error;
  }

  /** The error a result reports to the observer: null when every entity was written. */
  static Throwable outcome(BulkResult<?> result) {
    if (result == null || result.succeeded()) {
      return null;
    }
    try {
      result.orThrow();
      return null;
    } catch (BulkWriteException e) {
      return e;
    }
  }
}
