package io.sibyl.mapper.internal.query;

import io.sibyl.mapper.InvalidDslQueryException;
import io.sibyl.mapper.generated.TableDescriptor;
import io.sibyl.mapper.metamodel.Operator;
import io.sibyl.mapper.metamodel.Restriction;
import io.sibyl.mapper.query.InvalidConditionException;
import java.util.List;

/**
 * The rules Cassandra applies to the options of an update or delete: how conditions, timestamps and
 * TTLs combine, and what a counter table accepts. Key layout rules are in {@link QueryChecks} and
 * {@link DeleteChecks}.
 */
public final class WriteChecks {

  private WriteChecks() {}

  /**
   * Checks the options of a write.
   *
   * @param statement "Update" or "Delete", for the messages
   * @param ifExists whether the write has {@code IF EXISTS}
   * @param conditions the number of {@code IF} conditions
   * @param ttl whether the write sets a TTL
   * @param timestamp whether the write sets a timestamp
   */
  public static void checkOptions(
      String statement,
      TableDescriptor<?> table,
      boolean ifExists,
      int conditions,
      boolean ttl,
      boolean timestamp) {
    String what = statement + " on " + table.name();
    if (ifExists && conditions > 0) {
      throw new InvalidConditionException(
          what
              + " has both ifExists() and onlyIf(...), which Cassandra does not combine: keep"
              + " onlyIf(...), which is not applied either when the row does not exist");
    }
    boolean conditional = ifExists || conditions > 0;
    if (conditional && timestamp) {
      throw new InvalidConditionException(
          what
              + " has a condition and usingTimestamp(...): a conditional write takes its timestamp"
              + " from Paxos; drop usingTimestamp(...)");
    }
    if (!table.isCounterTable()) {
      return;
    }
    if (conditional) {
      throw new InvalidConditionException(
          what
              + " has a condition (ifExists() or onlyIf(...)), which Cassandra refuses on a"
              + " counter table: drop the condition");
    }
    if (ttl) {
      throw new InvalidDslQueryException(
          what + " sets a TTL, which counters do not take: drop usingTtl(...)");
    }
    if (timestamp) {
      throw new InvalidDslQueryException(
          what + " sets a timestamp, which counter tables do not take: drop usingTimestamp(...)");
    }
  }

  /**
   * Checks that a conditional write names one row: Cassandra refuses {@code IN} with conditions.
   */
  public static <T> void checkConditionalKey(
      String statement, TableDescriptor<T> table, List<Restriction<T>> where) {
    for (Restriction<T> r : where) {
      if (r.operator() == Operator.IN) {
        throw new InvalidConditionException(
            statement
                + " on "
                + table.name()
                + " with a condition (ifExists() or onlyIf(...)) applies to one row, but "
                + r.column().cql()
                + " is restricted with in(): restrict it with eq() and run one statement per"
                + " value");
      }
    }
  }
}
