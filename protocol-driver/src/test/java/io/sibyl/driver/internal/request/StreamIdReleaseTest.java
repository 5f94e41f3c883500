package io.sibyl.driver.internal.request;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.SimpleStatement;
import io.sibyl.driver.internal.protocol.Frame;
import io.sibyl.driver.internal.protocol.Message;
import io.sibyl.driver.internal.protocol.message.Error;
import io.sibyl.driver.internal.protocol.message.ErrorDetails;
import io.sibyl.driver.internal.protocol.message.VoidResult;
import io.sibyl.driver.internal.request.harness.FakeNode;
import io.sibyl.driver.internal.request.harness.RequestHarness;
import io.sibyl.driver.policy.ConstantSpeculativeExecutionPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Property: under any interleaving of requests, answers (good and bad, on time and late), attempt
 * timeouts, speculative executions, deadlines, dead connections and a final close, every stream id
 * taken is released exactly once, every future completes once, the tracker hears of each request
 * once, and no timer or throttle slot is left behind.
 */
class StreamIdReleaseTest {
  private static final long SEED = 20_261_206L;
  private static final int ITERATIONS = 2_000;

  private static final Message[] ANSWERS = {
    VoidResult.INSTANCE,
    VoidResult.INSTANCE,
    new Error(Error.UNAVAILABLE, "unavailable", new ErrorDetails.Unavailable(4, 2, 1)),
    new Error(Error.OVERLOADED, "overloaded", new ErrorDetails.None()),
    new Error(Error.SYNTAX_ERROR, "bad", new ErrorDetails.None()),
  };

  @Test
  @Timeout(120)
  void should_release_every_stream_id_exactly_once_under_random_interleavings() {
    Random seeds = new Random(SEED);
    for (int i = 0; i < ITERATIONS; i++) {
      long seed = seeds.nextLong();
      try {
        runOnce(seed);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("Failed with seed " + seed + " (iteration " + i + ")", e);
      }
    }
  }

  private static void runOnce(long seed) {
    Random random = new Random(seed);
    RequestHarness harness =
        new RequestHarness()
            .nodes(3, random.nextInt(2), 64)
            .throttle(1 + random.nextInt(4), 50)
            .attemptTimeout(random.nextBoolean() ? Duration.ofMillis(100) : null)
            .requestTimeout(Duration.ofMillis(400 + random.nextInt(400)))
            .speculativeExecutionPolicy(
                new ConstantSpeculativeExecutionPolicy(1 + random.nextInt(3), 50));
    List<CompletableFuture<Frame>> futures = new ArrayList<>();
    List<List<Frame>> outstanding = new ArrayList<>();
    for (int n = 0; n < harness.nodes.size(); n++) {
      outstanding.add(new ArrayList<>());
    }
    try {
      int steps = 10 + random.nextInt(40);
      for (int step = 0; step < steps; step++) {
        int action = random.nextInt(10);
        if (action < 3) {
          futures.add(
              harness.execute(
                  SimpleStatement.of("SELECT " + step).withIdempotent(random.nextBoolean())));
        } else if (action < 7) {
          int n = random.nextInt(harness.nodes.size());
          List<Frame> waiting = outstanding.get(n);
          if (!waiting.isEmpty()) {
            Frame request = waiting.remove(random.nextInt(waiting.size()));
            harness.nodes.get(n).respond(request, ANSWERS[random.nextInt(ANSWERS.length)]);
          }
        } else if (action < 9) {
          harness.timer.advance(Duration.ofMillis(random.nextInt(150)));
        } else if (random.nextInt(4) == 0) {
          int n = random.nextInt(harness.nodes.size());
          harness.nodes.get(n).kill();
          outstanding.get(n).clear();
        }
        harness.runPending();
        collect(harness, outstanding);
        for (int n = 0; n < harness.nodes.size(); n++) {
          FakeNode node = harness.nodes.get(n);
          if (node.connection() != null && node.isOpen()) {
            // Ids held == requests written and not answered yet (abandoned ones included):
            // an id released twice, or never, breaks the equality.
            assertThat(node.inFlight())
                .as("stream ids held on %s at step %d", node, step)
                .isEqualTo(outstanding.get(n).size());
          }
        }
      }
      harness.close();
      harness.timer.advance(Duration.ofSeconds(5));
      harness.runPending();

      assertThat(futures).allMatch(CompletableFuture::isDone);
      assertThat(harness.inFlight()).isZero();
      assertThat(harness.tracker.successes.get() + harness.tracker.errors.get())
          .as("outcomes reported")
          .isEqualTo(futures.size());
      assertThat(harness.throttler().running()).isZero();
      assertThat(harness.throttler().queued()).isZero();
      assertThat(harness.timer.pending()).as("timers left").isZero();
      assertThat(harness.timer.failures).isEmpty();
    } finally {
      harness.finish();
    }
  }

  private static void collect(RequestHarness harness, List<List<Frame>> outstanding) {
    for (int n = 0; n < harness.nodes.size(); n++) {
      outstanding.get(n).addAll(harness.nodes.get(n).takeWritten());
    }
  }
}
