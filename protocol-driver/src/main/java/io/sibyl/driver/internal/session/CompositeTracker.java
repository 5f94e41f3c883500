package io.sibyl.driver.internal.session;

import io.sibyl.driver.RequestTracker;
import io.sibyl.driver.Statement;
import io.sibyl.driver.metadata.Node;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells several trackers, in order; one that throws does not stop the others.
 *
 * <p>Each tracker gets back its own {@link RequestTracker#onStart} state. When none returns any
 * (the usual case) the composite's state is null and nothing is allocated per request; otherwise it
 * is an array holding each tracker's state at that tracker's index.
 */
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
  public Object onStart(Statement<?> statement) {
    Object[] contexts = null;
    for (int i = 0; i < trackers.length; i++) {
      Object context;
      try {
        context = trackers[i].onStart(statement);
      } catch (RuntimeException e) {
        warn(trackers[i], e);
        continue;
      }
      if (context != null) {
        if (contexts == null) {
          contexts = new Object[trackers.length];
        }
        contexts[i] = context;
      }
    }
    return contexts;
  }

  private static Object contextOf(Object contexts, int index) {
    return contexts == null ? null : ((Object[]) contexts)[index];
  }

  @Override
  public void onSuccess(Statement<?> statement, Node node, long latencyNanos) {
    onSuccess(statement, node, latencyNanos, null);
  }

  @Override
  public void onSuccess(Statement<?> statement, Node node, long latencyNanos, Object contexts) {
    for (int i = 0; i < trackers.length; i++) {
      try {
        trackers[i].onSuccess(statement, node, latencyNanos, contextOf(contexts, i));
      } catch (RuntimeException e) {
        warn(trackers[i], e);
      }
    }
  }

  @Override
  public void onError(Statement<?> statement, Node node, Throwable error, long latencyNanos) {
    onError(statement, node, error, latencyNanos, null);
  }

  @Override
  public void onError(
      Statement<?> statement, Node node, Throwable error, long latencyNanos, Object contexts) {
    for (int i = 0; i < trackers.length; i++) {
      try {
        trackers[i].onError(statement, node, error, latencyNanos, contextOf(contexts, i));
      } catch (RuntimeException e) {
        warn(trackers[i], e);
      }
    }
  }

  @Override
  public void onNodeError(Statement<?> statement, Node node, Throwable error) {
    onNodeError(statement, node, error, null);
  }

  @Override
  public void onNodeError(Statement<?> statement, Node node, Throwable error, Object contexts) {
    for (int i = 0; i < trackers.length; i++) {
      try {
        trackers[i].onNodeError(statement, node, error, contextOf(contexts, i));
      } catch (RuntimeException e) {
        warn(trackers[i], e);
      }
    }
  }

  @Override
  public void onRetry(Statement<?> statement, Throwable error) {
    onRetry(statement, error, null);
  }

  @Override
  public void onRetry(Statement<?> statement, Throwable error, Object contexts) {
    for (int i = 0; i < trackers.length; i++) {
      try {
        trackers[i].onRetry(statement, error, contextOf(contexts, i));
      } catch (RuntimeException e) {
        warn(trackers[i], e);
      }
    }
  }

  @Override
  public void onSpeculativeExecution(Statement<?> statement) {
    onSpeculativeExecution(statement, null);
  }

  @Override
  public void onSpeculativeExecution(Statement<?> statement, Object contexts) {
    for (int i = 0; i < trackers.length; i++) {
      try {
        trackers[i].onSpeculativeExecution(statement, contextOf(contexts, i));
      } catch (RuntimeException e) {
        warn(trackers[i], e);
      }
    }
  }

  private static void warn(RequestTracker tracker, RuntimeException e) {
    LOG.warn("Request tracker {} failed", tracker, e);
  }
}
