package io.sibyl.mapper.observe;

import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Runs calls under a {@link RepositoryObserver}: what the query DSL and generated repositories use
 * so that every call reports the same way. With {@link RepositoryObserver#NONE} each method runs
 * the call directly and allocates nothing.
 */
public final class Observed {
  private Observed() {}

  /**
   * Runs a synchronous call, telling {@code observer} when it starts and how it ended.
   *
   * @param observer the mapper's observer
   * @param repository the repository (or table) name
   * @param method the method or operation name
   * @param call the call; a non-capturing or cached supplier keeps the NONE path allocation-free
   */
  public static <R> R call(
      RepositoryObserver observer, String repository, String method, Supplier<R> call) {
    if (observer == RepositoryObserver.NONE) {
      return call.get();
    }
    Object context = start(observer, repository, method);
    R result;
    try {
      result = call.get();
    } catch (RuntimeException | Error e) {
      stopQuietly(observer, context, e);
      throw e;
    }
    stopQuietly(observer, context, null);
    return result;
  }

  /**
   * Tells {@code observer} a call starts; returns what to hand to {@link #stopQuietly} or {@link
   * #whenDone} (null for {@link RepositoryObserver#NONE}, or when the observer throws).
   *
   * @param observer the mapper's observer
   * @param repository the repository (or table) name
   * @param method the method or operation name
   */
  public static Object start(RepositoryObserver observer, String repository, String method) {
    if (observer == RepositoryObserver.NONE) {
      return null;
    }
    try {
      return observer.start(repository, method);
    } catch (RuntimeException e) {
      return null; // an observer must not change the outcome of the call it watches
    }
  }

  /**
   * Tells {@code observer} how an asynchronous call ends, and returns its outcome unchanged.
   *
   * @param observer the mapper's observer
   * @param context what {@link RepositoryObserver#start} returned when the call started
   * @param stage the call's outcome
   */
  public static <R> CompletionStage<R> whenDone(
      RepositoryObserver observer, Object context, CompletionStage<R> stage) {
    if (observer == RepositoryObserver.NONE) {
      return stage;
    }
    return stage.whenComplete((result, error) -> stopQuietly(observer, context, unwrap(error)));
  }

  /** Tells {@code observer} the call ended; an observer that throws is ignored. */
  public static void stopQuietly(RepositoryObserver observer, Object context, Throwable error) {
    if (observer == RepositoryObserver.NONE) {
      return;
    }
    try {
      observer.stop(context, error);
    } catch (RuntimeException ignored) {
      // An observer must not change the outcome of the call it watches.
    }
  }

  private static Throwable unwrap(Throwable error) {
    return error instanceof CompletionException && error.getCause() != null
        ? error.getCause()
        : error;
  }
}
