package io.sibyl.it.mapper;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.error.BlockingOperationException;
import io.sibyl.it.mapper.model.SampleRepository;
import io.sibyl.it.mapper.model.SampleTable;
import io.sibyl.mapper.Mapper;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A repository's synchronous method called on a driver I/O thread fails at once. */
class SyncCallOnIoThreadIT extends MapperITBase {

  private static Mapper mapper;

  @BeforeAll
  static void createSchema() {
    mapper = createSchemaAndMapper(SampleTable.INSTANCE);
  }

  @Test
  @Timeout(30)
  void should_throw_blocking_operation_at_once_when_a_sync_method_runs_on_an_io_thread()
      throws Exception {
    // A fresh repository: its statement is not prepared yet, so the sync call must prepare it.
    SampleRepository samples = mapper.repository(SampleRepository.class);
    AtomicReference<String> thread = new AtomicReference<>();
    long[] elapsed = new long[1];

    // The callback is attached before the request is sent, so it runs where the response
    // completes it: on the driver's I/O thread.
    CompletableFuture<Void> gate = new CompletableFuture<>();
    CompletableFuture<Throwable> outcome =
        gate.thenCompose(
                ignored -> session.executeAsync("SELECT release_version FROM system.local"))
            .thenApply(
                ignored -> {
                  thread.set(Thread.currentThread().getName());
                  long start = System.nanoTime();
                  try {
                    samples.find(UUID.randomUUID());
                    return null;
                  } catch (RuntimeException e) {
                    return e;
                  } finally {
                    elapsed[0] = System.nanoTime() - start;
                  }
                });

    gate.complete(null);
    Throwable error = outcome.get(25, TimeUnit.SECONDS);
    assertThat(thread.get()).contains("-io-");
    assertThat(error).isInstanceOf(BlockingOperationException.class);
    assertThat(Duration.ofNanos(elapsed[0])).isLessThan(Duration.ofSeconds(1));
  }
}
