package io.sibyl.it.parity;

import io.sibyl.driver.RequestTracker;
import io.sibyl.driver.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the text of every request a session starts. */
final class CountingTracker implements RequestTracker {

  private final List<String> started = new CopyOnWriteArrayList<>();

  @Override
  public Object onStart(Statement<?> statement) {
    started.add(statement.toString());
    return null;
  }

  /** The number of requests started so far. */
  int count() {
    return started.size();
  }

  /** The requests started since {@code from} (a {@link #count()}). */
  List<String> since(int from) {
    return List.copyOf(started.subList(from, started.size()));
  }
}
