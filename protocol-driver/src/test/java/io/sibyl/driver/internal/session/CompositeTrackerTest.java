package io.sibyl.driver.internal.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.RequestTracker;
import io.sibyl.driver.SimpleStatement;
import io.sibyl.driver.Statement;
import io.sibyl.driver.metadata.Node;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompositeTrackerTest {
  private static final SimpleStatement STATEMENT = SimpleStatement.of("SELECT * FROM t");

  /** Keeps no state and overrides only the plain callbacks, as trackers written before did. */
  private static final class PlainTracker implements RequestTracker {
    final List<String> seen = new ArrayList<>();

    @Override
    public void onSuccess(Statement<?> statement, Node node, long latencyNanos) {
      seen.add("success");
    }

    @Override
    public void onRetry(Statement<?> statement, Throwable error) {
      seen.add("retry");
    }
  }

  /** Keeps per-request state. */
  private static final class StatefulTracker implements RequestTracker {
    final List<Object> seen = new ArrayList<>();
    private final String name;

    StatefulTracker(String name) {
      this.name = name;
    }

    @Override
    public Object onStart(Statement<?> statement) {
      return name;
    }

    @Override
    public void onSuccess(Statement<?> statement, Node node, long latencyNanos, Object context) {
      seen.add(context);
    }

    @Override
    public void onRetry(Statement<?> statement, Throwable error, Object context) {
      seen.add(context);
    }
  }

  @Test
  void should_start_with_no_state_when_no_tracker_keeps_any() {
    PlainTracker first = new PlainTracker();
    PlainTracker second = new PlainTracker();
    CompositeTracker composite = new CompositeTracker(first, List.of(second));

    Object context = composite.onStart(STATEMENT);
    composite.onRetry(STATEMENT, new RuntimeException(), context);
    composite.onSuccess(STATEMENT, null, 1, context);

    assertThat(context).isNull();
    assertThat(first.seen).containsExactly("retry", "success");
    assertThat(second.seen).containsExactly("retry", "success");
  }

  @Test
  void should_hand_each_tracker_its_own_state() {
    PlainTracker plain = new PlainTracker();
    StatefulTracker a = new StatefulTracker("a");
    StatefulTracker b = new StatefulTracker("b");
    CompositeTracker composite = new CompositeTracker(plain, List.of(a, b));

    Object context = composite.onStart(STATEMENT);
    composite.onRetry(STATEMENT, new RuntimeException(), context);
    composite.onSuccess(STATEMENT, null, 1, context);

    assertThat(plain.seen).containsExactly("retry", "success");
    assertThat(a.seen).containsExactly("a", "a");
    assertThat(b.seen).containsExactly("b", "b");
  }

  @Test
  void should_tell_the_other_trackers_when_one_fails_to_start() {
    RequestTracker broken =
        new RequestTracker() {
          @Override
          public Object onStart(Statement<?> statement) {
            throw new IllegalStateException("broken");
          }
        };
    StatefulTracker a = new StatefulTracker("a");
    CompositeTracker composite = new CompositeTracker(broken, List.of(a));

    Object context = composite.onStart(STATEMENT);
    composite.onSuccess(STATEMENT, null, 1, context);

    assertThat(a.seen).containsExactly("a");
  }

  @Test
  void should_allocate_nothing_per_request_when_no_tracker_keeps_state() throws Exception {
    // By reflection: this module's descriptor does not read java.management.
    Object threads =
        Class.forName("java.lang.management.ManagementFactory")
            .getMethod("getThreadMXBean")
            .invoke(null);
    java.lang.reflect.Method allocatedBytes =
        Class.forName("com.sun.management.ThreadMXBean")
            .getMethod("getThreadAllocatedBytes", long.class);
    long thread = Thread.currentThread().getId();
    CompositeTracker composite =
        new CompositeTracker(new RequestTracker() {}, List.of(new RequestTracker() {}));
    RuntimeException error = new RuntimeException("retried");
    int requests = 1_000_000;
    track(composite, error, 10_000); // load and link everything first

    long before = (Long) allocatedBytes.invoke(threads, thread);
    int contexts = track(composite, error, requests);
    long allocated = (Long) allocatedBytes.invoke(threads, thread) - before;

    assertThat(contexts).isZero();
    // One allocation per request would be at least 16 MB; allow the measuring's own noise.
    assertThat(allocated).as("bytes allocated by %d requests", requests).isLessThan(64 * 1024);
  }

  private static int track(CompositeTracker composite, RuntimeException error, int requests) {
    int contexts = 0;
    for (int i = 0; i < requests; i++) {
      Object context = composite.onStart(STATEMENT);
      composite.onRetry(STATEMENT, error, context);
      composite.onSpeculativeExecution(STATEMENT, context);
      composite.onSuccess(STATEMENT, null, i, context);
      if (context != null) {
        contexts++;
      }
    }
    return contexts;
  }
}
