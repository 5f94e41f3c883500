package io.sibyl.mapper.observe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ObservedTest {

  /** Records "start repo.method" and "stop <context> <error class or ok>". */
  private static final class RecordingObserver implements RepositoryObserver {
    final List<String> events = new ArrayList<>();

    @Override
    public Object start(String repository, String method) {
      events.add("start " + repository + "." + method);
      return "call-" + events.size();
    }

    @Override
    public void stop(Object context, Throwable error) {
      events.add(
          "stop " + context + " " + (error == null ? "ok" : error.getClass().getSimpleName()));
    }
  }

  @Test
  void should_tell_the_observer_when_a_call_starts_and_succeeds() {
    RecordingObserver observer = new RecordingObserver();

    String result = Observed.call(observer, "users", "list", () -> "rows");

    assertThat(result).isEqualTo("rows");
    assertThat(observer.events).containsExactly("start users.list", "stop call-1 ok");
  }

  @Test
  void should_tell_the_observer_the_error_and_rethrow_it() {
    RecordingObserver observer = new RecordingObserver();

    assertThatThrownBy(
            () ->
                Observed.call(
                    observer,
                    "users",
                    "one",
                    () -> {
                      throw new IllegalStateException("boom");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(observer.events)
        .containsExactly("start users.one", "stop call-1 IllegalStateException");
  }

  @Test
  void should_tell_the_observer_the_cause_of_a_failed_asynchronous_call() {
    RecordingObserver observer = new RecordingObserver();
    CompletableFuture<String> future = new CompletableFuture<>();

    Object call = Observed.start(observer, "users", "listAsync");
    CompletionStage<String> observed =
        Observed.whenDone(observer, call, future.thenApply(s -> s)); // errors arrive wrapped
    future.completeExceptionally(new UnsupportedOperationException("no"));

    assertThat(observed.toCompletableFuture()).isCompletedExceptionally();
    assertThat(observer.events)
        .containsExactly("start users.listAsync", "stop call-1 UnsupportedOperationException");
  }

  @Test
  void should_never_let_a_broken_observer_change_the_outcome() {
    RepositoryObserver broken =
        new RepositoryObserver() {
          @Override
          public Object start(String repository, String method) {
            throw new IllegalStateException("start");
          }

          @Override
          public void stop(Object context, Throwable error) {
            throw new IllegalStateException("stop");
          }
        };

    assertThat(Observed.call(broken, "users", "get", () -> 42)).isEqualTo(42);
  }

  @Test
  void should_allocate_nothing_with_the_default_observer() throws Exception {
    // By reflection: this module's descriptor does not read java.management.
    Object threads =
        Class.forName("java.lang.management.ManagementFactory")
            .getMethod("getThreadMXBean")
            .invoke(null);
    Method allocatedBytes =
        Class.forName("com.sun.management.ThreadMXBean")
            .getMethod("getThreadAllocatedBytes", long.class);
    long thread = Thread.currentThread().getId();
    RepositoryObserver none = RepositoryObserver.NONE;
    CompletionStage<String> stage = CompletableFuture.completedFuture("x");
    Supplier<String> body = () -> "x";
    int calls = 1_000_000;
    run(none, stage, body, 10_000); // load and link everything first

    long before = (Long) allocatedBytes.invoke(threads, thread);
    int results = run(none, stage, body, calls);
    long allocated = (Long) allocatedBytes.invoke(threads, thread) - before;

    assertThat(results).isEqualTo(calls);
    // A single allocation per call would be at least 16 MB; allow the measuring's own noise.
    assertThat(allocated).as("bytes allocated by %d no-op calls", calls).isLessThan(64 * 1024);
  }

  private static int run(
      RepositoryObserver none, CompletionStage<String> stage, Supplier<String> body, int calls) {
    int results = 0;
    for (int i = 0; i < calls; i++) {
      Object call = Observed.start(none, "users", "list");
      String value = Observed.call(none, "users", "list", body);
      Observed.stopQuietly(none, call, null);
      if (Observed.whenDone(none, call, stage) == stage && value != null) {
        results++;
      }
    }
    return results;
  }
}
