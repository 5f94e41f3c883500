package io.sibyl.driver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A CQL statement sent as text, with optional values for its bind markers: positional ({@code ?})
 * or named ({@code :name}). Values are serialized by the session's codec registry from their Java
 * types, since the server has not told the driver the column types; prepare a statement that runs
 * often (see {@link Session#prepare(String)}).
 *
 * <p>Immutable.
 */
public final class SimpleStatement extends AbstractStatement<SimpleStatement>
    implements Statement<SimpleStatement>, BatchableStatement {

  private final String query;
  private final List<Object> positionalValues;
  private final Map<String, Object> namedValues;

  private SimpleStatement(
      String query,
      List<Object> positionalValues,
      Map<String, Object> namedValues,
      StatementOptions options) {
    super(options);
    this.query = Objects.requireNonNull(query, "query");
    this.positionalValues = positionalValues;
    this.namedValues = namedValues;
  }

  /** A statement with positional values (possibly none). Values may be null. */
  public static SimpleStatement of(String query, Object... values) {
    return new SimpleStatement(query, unmodifiableCopy(values), Map.of(), StatementOptions.DEFAULT);
  }

  /** A statement with named values, for bind markers written {@code :name}. */
  public static SimpleStatement of(String query, Map<String, ?> namedValues) {
    return new SimpleStatement(
        query,
        List.of(),
        Collections.unmodifiableMap(new LinkedHashMap<>(namedValues)),
        StatementOptions.DEFAULT);
  }

  /** The CQL text. */
  public String query() {
    return query;
  }

  /** The positional values (unmodifiable; may contain nulls). */
  public List<Object> positionalValues() {
    return positionalValues;
  }

  /** The named values (unmodifiable, in insertion order). */
  public Map<String, Object> namedValues() {
    return namedValues;
  }

  /** A copy with other positional values (the named values are dropped). */
  public SimpleStatement withValues(Object... values) {
    return new SimpleStatement(query, unmodifiableCopy(values), Map.of(), options);
  }

  /** A copy with other named values (the positional values are dropped). */
  public SimpleStatement withNamedValues(Map<String, ?> values) {
    return new SimpleStatement(
        query, List.of(), Collections.unmodifiableMap(new LinkedHashMap<>(values)), options);
  }

  /** A copy with other CQL text and the same values and options. */
  public SimpleStatement withQuery(String newQuery) {
    return new SimpleStatement(newQuery, positionalValues, namedValues, options);
  }

  @Override
  SimpleStatement copy(StatementOptions newOptions) {
    return new SimpleStatement(query, positionalValues, namedValues, newOptions);
  }

  @Override
  public String toString() {
    return "SimpleStatement[" + query + "]";
  }

  private static List<Object> unmodifiableCopy(Object[] values) {
    if (values == null || values.length == 0) {
      return List.of();
    }
    return Collections.unmodifiableList(new ArrayList<>(Arrays.asList(values)));
  }
}
