package io.sibyl.bench.responder;

import io.sibyl.driver.type.DataType;
import java.util.List;
import java.util.Objects;

/**
 * A statement the responder can prepare and execute: its CQL text, its bind variables, and the rows
 * it answers with (none for a write).
 *
 * @param query the CQL text, matched exactly
 * @param keyspace the keyspace named in the column specs
 * @param table the table named in the column specs
 * @param variables the bind variables, in order
 * @param partitionKeyIndices the indices of the partition key among the variables
 * @param resultColumns the result columns (empty for a write)
 * @param rows the rows of every answer, each value matching its column (empty for a write)
 */
public record CannedStatement(
    String query,
    String keyspace,
    String table,
    List<Column> variables,
    int[] partitionKeyIndices,
    List<Column> resultColumns,
    List<List<Object>> rows) {

  /** Checks the components. */
  public CannedStatement {
    Objects.requireNonNull(query, "query");
    variables = List.copyOf(variables);
    resultColumns = List.copyOf(resultColumns);
    rows = List.copyOf(rows);
    partitionKeyIndices = partitionKeyIndices.clone();
  }

  /** One column or bind variable: a name and a CQL type. */
  public record Column(String name, DataType type) {}

  /** Whether executing the statement returns rows. */
  public boolean returnsRows() {
    return !resultColumns.isEmpty();
  }
}
