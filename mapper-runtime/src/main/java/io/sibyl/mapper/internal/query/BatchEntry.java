package io.sibyl.mapper.internal.query;

import io.sibyl.driver.BatchableStatement;
import io.sibyl.driver.BoundStatement;
import io.sibyl.driver.ColumnDefinition;
import io.sibyl.driver.SimpleStatement;
import io.sibyl.driver.type.DataTypes;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the batch rules need to know of one statement: its verb, its table and partition (null when
 * unknown), whether it is a counter update or a lightweight transaction, and whether it sets its
 * own timestamp.
 */
public record BatchEntry(
    String cql,
    String verb,
    String table,
    ByteBuffer partition,
    boolean counter,
    boolean conditional,
    boolean timestamped) {

  // " IF EXISTS", " IF NOT EXISTS" or " IF col = ?": generated CQL quotes identifiers named "if".
  private static final Pattern CONDITION = Pattern.compile("(?is).*\\sIF\\s.*");

  // "USING TIMESTAMP ?", "USING TTL ? AND TIMESTAMP ?", "USING TIMESTAMP ? AND TTL ?".
  private static final Pattern TIMESTAMP =
      Pattern.compile("(?is).*\\sUSING\\s+(TTL\\s+\\S+\\s+AND\\s+)?TIMESTAMP\\s.*");

  /** Reads a statement's CQL and, for a bound statement, its variables and routing key. */
  public static BatchEntry of(BatchableStatement statement) {
    if (statement instanceof BoundStatement bound) {
      String cql = bound.preparedStatement().query();
      boolean counter = false;
      String table = null;
      for (ColumnDefinition variable : bound.preparedStatement().variableDefinitions()) {
        counter |= variable.type().equals(DataTypes.COUNTER);
        if (table == null && variable.table() != null) {
          table = variable.keyspace() + "." + variable.table();
        }
      }
      return new BatchEntry(
          cql,
          verb(cql),
          table,
          bound.routingKey(),
          counter,
          CONDITION.matcher(cql).matches(),
          TIMESTAMP.matcher(cql).matches());
    }
    String cql = ((SimpleStatement) statement).query();
    return new BatchEntry(
        cql,
        verb(cql),
        null,
        null,
        false,
        CONDITION.matcher(cql).matches(),
        TIMESTAMP.matcher(cql).matches());
  }

  private static String verb(String cql) {
    String trimmed = cql.stripLeading();
    int end = 0;
    while (end < trimmed.length() && Character.isLetter(trimmed.charAt(end))) {
      end++;
    }
    return trimmed.substring(0, end).toUpperCase(Locale.ROOT);
  }

  /** Whether this entry is known to write another table than {@code other}. */
  public boolean otherTableThan(BatchEntry other) {
    return table != null && other.table != null && !table.equals(other.table);
  }

  /** Whether this entry is known to write another partition than {@code other}. */
  public boolean otherPartitionThan(BatchEntry other) {
    return partition != null && other.partition != null && !partition.equals(other.partition);
  }
}
