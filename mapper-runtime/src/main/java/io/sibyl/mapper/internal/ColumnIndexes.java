package io.sibyl.mapper.internal;

import io.sibyl.driver.ColumnDefinitions;
import io.sibyl.mapper.generated.ColumnDescriptor;
import java.util.List;

/** Where each mapped column sits in a result, matched by name. */
public final class ColumnIndexes {

  private ColumnIndexes() {}

  /** For each column, its index in {@code result}, or -1 when the result does not have it. */
  public static int[] of(ColumnDefinitions result, List<ColumnDescriptor> columns) {
    int[] at = new int[columns.size()];
    for (int k = 0; k < at.length; k++) {
      at[k] = result.firstIndexOf(columns.get(k).cql());
    }
    return at;
  }
}
