package io.sibyl.mapper.bulk;

import io.sibyl.driver.DriverException;
import io.sibyl.mapper.MapperException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;

/** Waits for a bulk operation's stage, rethrowing its unchecked error as is. */
final class Waits {
  private Waits() {}

  static <T> T await(CompletionStage<T> stage, String what) {
    try {
      return stage.toCompletableFuture().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MapperException(
          "Interrupted while waiting for " + what + "; it goes on in the background", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      while (cause instanceof CompletionException && cause.getCause() != null) {
        cause = cause.getCause();
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new DriverException(cause.toString(), cause);
    }
  }
}
