package io.sibyl.mapper.schema;

import java.time.Instant;

/**
 * One row of {@code sibyl_schema_history}: a migration that was started, and whether it finished.
 *
 * @param version the migration's version
 * @param resource the file it came from
 * @param checksum the file's checksum when it was started
 * @param state {@link #STARTED}, {@link #DONE} or {@link #REPAIRED}
 * @param holder the lock token of the instance that started it
 * @param startedAt when it was started, or null for rows written before states were recorded
 * @param statementsDone how many of its statements completed
 * @param statementsTotal how many statements it has
 */
record MigrationRecord(
    String version,
    String resource,
    String checksum,
    String state,
    String holder,
    Instant startedAt,
    int statementsDone,
    int statementsTotal) {

  /** Recorded before the first statement; a row left in this state did not finish. */
  static final String STARTED = "STARTED";

  /** Recorded after the last statement. */
  static final String DONE = "DONE";

  /** An unfinished migration that an operator finished or undid by hand, then marked repaired. */
  static final String REPAIRED = "REPAIRED";

  /** Rows from before states were recorded count as done. */
  MigrationRecord {
    state = state == null ? DONE : state;
  }

  /** Whether it counts as applied. */
  boolean applied() {
    return !STARTED.equals(state);
  }
}
