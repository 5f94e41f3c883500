package io.sibyl.driver;

import io.sibyl.driver.type.DataType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of a result, or the bind variables of a prepared statement, in order.
 *
 * <p>Names are matched as CQL matches identifiers: case-insensitively, unless the name is written
 * in double quotes ({@code "\"MixedCase\""}), which matches exactly.
 */
public final class ColumnDefinitions implements Iterable<ColumnDefinition> {
  private static final int[] NONE = new int[0];

  private final List<ColumnDefinition> columns;
  // Built on the first lookup by name: results read by index never pay for them.
  private volatile Map<String, int[]> byExactName;
  private volatile Map<String, int[]> byLowerCaseName;

  /** Creates definitions from columns in order. */
  public ColumnDefinitions(List<ColumnDefinition> columns) {
    this.columns = List.copyOf(columns);
  }

  /** The number of columns. */
  public int size() {
    return columns.size();
  }

  /** The column at {@code index}. */
  public ColumnDefinition get(int index) {
    return columns.get(index);
  }

  /** The CQL type of the column at {@code index}. */
  public DataType type(int index) {
    return columns.get(index).type();
  }

  /** Whether a column with this name exists (see the class comment for quoting). */
  public boolean contains(String name) {
    return allIndicesOf(name).length > 0;
  }

  /** The index of the first column with this name, or -1. */
  public int firstIndexOf(String name) {
    int[] indices = allIndicesOf(name);
    return indices.length == 0 ? -1 : indices[0];
  }

  /**
   * The indices of every column with this name; a named bind marker used twice in a statement
   * appears twice among its variables.
   */
  public int[] allIndicesOf(String name) {
    if (byExactName == null) {
      byLowerCaseName = index(columns, true);
      byExactName = index(columns, false);
    }
    if (name.length() > 1 && name.charAt(0) == '"' && name.charAt(name.length() - 1) == '"') {
      String unquoted = name.substring(1, name.length() - 1).replace("\"\"", "\"");
      return byExactName.getOrDefault(unquoted, NONE);
    }
    int[] exact = byExactName.get(name);
    return exact != null
        ? exact
        : byLowerCaseName.getOrDefault(name.toLowerCase(Locale.ROOT), NONE);
  }

  /**
   * The index of the first column with this name.
   *
   * @throws IllegalArgumentException naming the known columns if there is none
   */
  public int indexOf(String name) {
    int index = firstIndexOf(name);
    if (index < 0) {
      throw new IllegalArgumentException(
          "No column named '" + name + "' here; the columns are " + names());
    }
    return index;
  }

  /** The column names, in order. */
  public List<String> names() {
    List<String> names = new ArrayList<>(columns.size());
    for (ColumnDefinition column : columns) {
      names.add(column.name());
    }
    return names;
  }

  @Override
  public Iterator<ColumnDefinition> iterator() {
    return columns.iterator();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ColumnDefinitions that && columns.equals(that.columns);
  }

  @Override
  public int hashCode() {
    return columns.hashCode();
  }

  @Override
  public String toString() {
    return columns.toString();
  }

  private static Map<String, int[]> index(List<ColumnDefinition> columns, boolean lowerCase) {
    Map<String, List<Integer>> positions = new HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      String name = columns.get(i).name();
      String key = lowerCase ? name.toLowerCase(Locale.ROOT) : name;
      positions.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
    }
    Map<String, int[]> index = new HashMap<>();
    positions.forEach(
        (key, list) -> index.put(key, list.stream().mapToInt(Integer::intValue).toArray()));
    return Collections.unmodifiableMap(index);
  }
}
