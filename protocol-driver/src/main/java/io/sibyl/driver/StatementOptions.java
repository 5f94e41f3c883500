package io.sibyl.driver;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The per-statement options shared by every kind of {@link Statement}.
 *
 * <p>Effectively immutable: fields are only assigned inside {@link #with}, on a fresh copy, before
 * the copy is published.
 */
final class StatementOptions implements Cloneable {
  static final StatementOptions DEFAULT = new StatementOptions();

  Consistency consistency;
  Consistency serialConsistency;
  int pageSize;
  Duration timeout;
  long timestamp = Statement.NO_TIMESTAMP;
  Boolean idempotent;
  boolean lwt;
  Comparable<?> routingToken;
  ByteBuffer pagingState;
  PagingToken pagingToken;
  boolean tracing;
  String keyspace;
  int nowInSeconds = Statement.NO_NOW_IN_SECONDS;
  Map<String, ByteBuffer> customPayload = Map.of();
  String executionProfile;

  /** Returns a copy with {@code change} applied to it. */
  StatementOptions with(Consumer<StatementOptions> change) {
    StatementOptions copy;
    try {
      copy = (StatementOptions) clone();
    } catch (CloneNotSupportedException e) {
      throw new AssertionError(e);
    }
    change.accept(copy);
    return copy;
  }
}
