package io.sibyl.bench.load;

import java.util.concurrent.CompletionStage;

/**
 * One driver running the {@link KvTable} workload: a connected session with both statements
 * prepared. The scenarios call nothing else, so both drivers do the same work per request: bind
 * with typed setters, execute, and (for a read) read every column of the row.
 *
 * <p>The mapper scenarios ({@code io.sibyl.bench.mapper}) implement it too: a generated repository
 * or DAO, and hand-written statements with the same entity in and out, run every scenario
 * unchanged. See docs/performance.md.
 */
public interface DriverClient extends AutoCloseable {

  /** The name in the results table. */
  String name();

  /** Writes the row of key {@code id}, waiting for the answer. */
  void insert(int id);

  /**
   * Reads the row of key {@code id}, waiting for the answer.
   *
   * @return a checksum of the values read (so that reading cannot be optimized away)
   */
  long select(int id);

  /** Writes the row of key {@code id}. */
  CompletionStage<?> insertAsync(int id);

  /** Reads the row of key {@code id}; pass the stage's result to {@link #consume}. */
  CompletionStage<?> selectAsync(int id);

  /**
   * Reads every column of an asynchronous SELECT's result.
   *
   * @return a checksum of the values read
   */
  long consume(Object selectResult);

  /** Closes the session, if the client owns one. */
  @Override
  void close();
}
