package io.sibyl.mapper.internal.query;

import io.sibyl.driver.BatchStatement;
import io.sibyl.mapper.query.BatchRefusedException;
import java.util.List;

/**
 * The rules Cassandra applies to a batch's statements, checked as each one is added so that the
 * error names the statement and says what to do.
 */
public final class BatchRules {

  private BatchRules() {}

  /**
   * Checks that {@code next} may join a batch of {@code type} that already holds {@code added}.
   *
   * @param sharedTimestamp whether the batch sets a timestamp for all its statements
   * @throws BatchRefusedException the rule it breaks
   */
  public static void check(
      BatchStatement.Type type, List<BatchEntry> added, BatchEntry next, boolean sharedTimestamp) {
    String what = "Cannot add [" + next.cql() + "] to a " + name(type) + " batch: ";
    if (!next.verb().equals("INSERT")
        && !next.verb().equals("UPDATE")
        && !next.verb().equals("DELETE")) {
      throw new BatchRefusedException(
          what
              + "a batch holds only INSERT, UPDATE and DELETE statements; run "
              + (next.verb().isEmpty() ? "it" : next.verb())
              + " on its own");
    }
    if (next.counter() && type == BatchStatement.Type.LOGGED) {
      throw new BatchRefusedException(
          what + "counter updates cannot be logged; put them in QueryBatch.counter(mapper)");
    }
    if (next.counter() && type == BatchStatement.Type.UNLOGGED) {
      throw new BatchRefusedException(
          what
              + "counter updates go in a counter batch (QueryBatch.counter(mapper)), without other"
              + " writes");
    }
    if (!next.counter() && type == BatchStatement.Type.COUNTER) {
      throw new BatchRefusedException(
          what
              + "a counter batch holds only counter updates; put other writes in a logged or"
              + " unlogged batch");
    }
    if (next.conditional() && sharedTimestamp) {
      throw new BatchRefusedException(
          what
              + "a conditional statement (IF ...) takes its timestamp from Paxos; drop"
              + " withTimestamp(...) or run the condition outside the batch");
    }
    if (next.timestamped() && sharedTimestamp) {
      throw new BatchRefusedException(
          what
              + "it sets its own timestamp (USING TIMESTAMP) and the batch sets one for all its"
              + " statements; drop usingTimestamp(...) or the batch's withTimestamp(...)");
    }
    boolean conditional = next.conditional() || added.stream().anyMatch(BatchEntry::conditional);
    if (!conditional) {
      return;
    }
    for (BatchEntry other : added) {
      if (next.otherTableThan(other)) {
        throw new BatchRefusedException(
            what
                + "a batch with conditions (IF ...) writes to one table only, and ["
                + other.cql()
                + "] writes to "
                + other.table()
                + "; use one batch per table");
      }
      if (next.otherPartitionThan(other)) {
        throw new BatchRefusedException(
            what
                + "a batch with conditions (IF ...) writes to one partition only, and ["
                + other.cql()
                + "] writes to another; use one batch per partition");
      }
    }
  }

  /** Checks that a batch of {@code type} may set a timestamp for all of {@code added}. */
  public static void checkSharedTimestamp(BatchStatement.Type type, List<BatchEntry> added) {
    if (type == BatchStatement.Type.COUNTER) {
      throw new BatchRefusedException(
          "Cannot set a timestamp on a counter batch: counter updates take no custom timestamp;"
              + " drop withTimestamp(...)");
    }
    for (BatchEntry entry : added) {
      if (entry.timestamped()) {
        throw new BatchRefusedException(
            "Cannot set a timestamp on a batch holding ["
                + entry.cql()
                + "], which sets its own (USING TIMESTAMP): drop one of them");
      }
      if (entry.conditional()) {
        throw new BatchRefusedException(
            "Cannot set a timestamp on a batch holding the conditional statement ["
                + entry.cql()
                + "]: conditions take their timestamp from Paxos; drop withTimestamp(...)");
      }
    }
  }

  private static String name(BatchStatement.Type type) {
    return type.name().toLowerCase(java.util.Locale.ROOT);
  }
}
