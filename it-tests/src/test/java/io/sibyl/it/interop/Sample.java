package io.sibyl.it.interop;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values of one test row, by column name, in driver-neutral Java types: the Java types both
 * drivers share for scalars and collections, {@link DurationParts} for durations, lists for tuples
 * and vectors, and maps of field name to value for user types. A column that is absent is left
 * unset; a null value is written as null.
 *
 * @param name what the sample is about, for test names and messages
 * @param id the sample's own number, which tests offset to give each written row its own key
 * @param values the values by column name, in {@link AllTypesTable#COLUMNS} order
 */
record Sample(String name, int id, Map<String, Object> values) {

  /** Copies the values, which may hold nulls. */
  Sample {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** A builder of a sample with no column set yet. */
  static Builder builder(String name, int id) {
    return new Builder(name, id);
  }

  /** A sample in which every column is null. */
  static Sample allNull(String name, int id) {
    Builder builder = builder(name, id);
    AllTypesTable.COLUMNS.forEach(column -> builder.set(column.name(), null));
    return builder.build();
  }

  /** The values of the given columns only, those of them that this sample sets. */
  Map<String, Object> only(Iterable<String> columns) {
    Map<String, Object> subset = new LinkedHashMap<>();
    for (String column : columns) {
      if (values.containsKey(column)) {
        subset.put(column, values.get(column));
      }
    }
    return subset;
  }

  @Override
  public String toString() {
    return name;
  }

  /** Collects the values of a sample, refusing names that are not columns. */
  static final class Builder {
    private final String name;
    private final int id;
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder(String name, int id) {
      this.name = name;
      this.id = id;
    }

    /** Sets the value of a column (null to write a null). */
    Builder set(String column, Object value) {
      if (AllTypesTable.COLUMNS.stream().noneMatch(c -> c.name().equals(column))) {
        throw new IllegalArgumentException("No column " + column + " in " + AllTypesTable.NAME);
      }
      values.put(column, value);
      return this;
    }

    /** The sample, with its values in column order. */
    Sample build() {
      Map<String, Object> ordered = new LinkedHashMap<>();
      for (AllTypesTable.Column column : AllTypesTable.COLUMNS) {
        if (values.containsKey(column.name())) {
          ordered.put(column.name(), values.get(column.name()));
        }
      }
      return new Sample(name, id, ordered);
    }
  }
}
