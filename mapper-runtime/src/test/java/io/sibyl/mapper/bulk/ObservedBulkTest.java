package io.sibyl.mapper.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.mapper.observe.RepositoryObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class ObservedBulkTest {
  private final List<String> calls = new ArrayList<>();
  private final RepositoryObserver observer =
      new RepositoryObserver() {
        @Override
        public Object start(String repository, String method) {
          return repository + "." + method;
        }

        @Override
        public void stop(Object context, Throwable error) {
          calls.add(context + " " + (error == null ? "ok" : error.getClass().getSimpleName()));
        }
      };
  private final BulkResult<String> all = new BulkResult<>(3, List.of());
  private final BulkResult<String> partial =
      new BulkResult<>(2, List.of(new BulkFailure<>("c", new IllegalStateException("refused"))));

  @Test
  void should_report_one_call_that_succeeds_only_when_every_entity_was_written() {
    assertThat(ObservedBulk.call(observer, "repo", "saveAll", () -> all)).isSameAs(all);
    assertThat(ObservedBulk.call(observer, "repo", "saveAll", () -> partial)).isSameAs(partial);

    assertThat(calls).containsExactly("repo.saveAll ok", "repo.saveAll BulkWriteException");
  }

  @Test
  void should_report_and_rethrow_what_the_write_throws() {
    IllegalStateException broken = new IllegalStateException("input broke");

    assertThatThrownBy(
            () ->
                ObservedBulk.<String>call(
                    observer,
                    "repo",
                    "saveAll",
                    () -> {
                      throw broken;
                    }))
        .isSameAs(broken);
    assertThat(calls).containsExactly("repo.saveAll IllegalStateException");
  }

  @Test
  void should_report_an_async_write_when_it_completes() {
    CompletableFuture<BulkResult<String>> pending = new CompletableFuture<>();
    CompletableFuture<BulkResult<String>> failing = new CompletableFuture<>();

    var first = ObservedBulk.callAsync(observer, "repo", "saveAllAsync", () -> pending);
    var second = ObservedBulk.callAsync(observer, "repo", "saveAllAsync", () -> failing);
    assertThat(calls).isEmpty();
    pending.complete(partial);
    failing.completeExceptionally(new CompletionException(new IllegalArgumentException("no")));

    assertThat(first.toCompletableFuture().join()).isSameAs(partial);
    assertThat(second.toCompletableFuture()).isCompletedExceptionally();
    assertThat(calls)
        .containsExactly(
            "repo.saveAllAsync BulkWriteException", "repo.saveAllAsync IllegalArgumentException");
  }

  @Test
  void should_skip_the_default_observer() {
    assertThat(ObservedBulk.call(RepositoryObserver.NONE, "repo", "saveAll", () -> partial))
        .isSameAs(partial);
  }
}
