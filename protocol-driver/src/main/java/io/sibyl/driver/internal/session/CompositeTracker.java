package io.sibyl.driver.internal.session;

import io.sibyl.driver.RequestTracker;
import io.sibyl.driver.Statement;
import io.sibyl.driver.metadata.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells several trackers, in order; one that throws does not stop the others. */
final class CompositeTracker implements RequestTracker {
  private static final Logger LOG = LoggerFactory.getLogger(CompositeTracker.class);

  private final RequestTracker[] trackers;

  CompositeTracker(RequestTracker first, List<RequestTracker> others) {
    List<RequestTracker> all = new ArrayList<>();
    all.add(first);
    all.addAll(others);
    this.trackers = all.toArray(new RequestTracker[0]);
  }

  @Override
  public void onSuccess(Statement<?> statement, Node node, long latencyNanos) {
    each(tracker -> tracker.onSuccess(statement, node, latencyNanos));
  }

  @Override
  public void onError(Statement<?> statement, Node node, Throwable error, long latencyNanos) {
    each(tracker -> tracker.onError(statement, node, error, latencyNanos));
  }

  @Override
  public void onNodeError(Statement<?> statement, Node node, Throwable error) {
    each(tracker -> tracker.onNodeError(statement, node, error));
  }

  @Override
  public void onRetry(Statement<?> statement, Throwable error) {
    each(tracker -> tracker.onRetry(statement, error));
  }

  @Override
  public void onSpeculativeExecution(Statement<?> statement) {
    each(tracker -> tracker.onSpeculativeExecution(statement));
  }

  private void each(Consumer<RequestTracker> call) {
    for (RequestTracker tracker : trackers) {
      try {
        call.accept(tracker);
      } catch (RuntimeException e) {
        LOG.warn("Request tracker {} failed", tracker, e);
      }
    }
  }
}
