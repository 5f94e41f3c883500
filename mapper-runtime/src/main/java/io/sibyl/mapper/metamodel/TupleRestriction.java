package io.sibyl.mapper.metamodel;

import io.sibyl.driver.BoundStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A relation on several consecutive clustering columns at once, such as {@code (day, at) > (?, ?)}
 * or {@code (day, at) IN ((?, ?), (?, ?))}: made by {@link ClusteringTuple2} and {@link
 * ClusteringTuple3}. Each value is bound as its column binds it.
 *
 * @param <T> the entity type
 */
public final class TupleRestriction<T> extends Relation<T> {

  private final ClusteringTuple<T> tuple;
  private final Operator operator;
  private final List<Object[]> values;

  private TupleRestriction(ClusteringTuple<T> tuple, Operator operator, List<Object[]> values) {
    this.tuple = tuple;
    this.operator = operator;
    this.values = List.copyOf(values);
  }

  /**
   * A relation on {@code tuple} (for {@link ClusteringTuple2}, {@link ClusteringTuple3} and {@link
   * ClusteringTuple#in}, which queries take it from, with typed values).
   *
   * @param values the tuples of values, one per column each: one tuple, or several for {@code IN}
   * @throws IllegalArgumentException if there are no tuples, or one has not a value per column
   */
  public static <T> TupleRestriction<T> of(
      ClusteringTuple<T> tuple, Operator operator, List<Object[]> values) {
    Objects.requireNonNull(operator, "operator");
    if (values.isEmpty() || operator != Operator.IN && values.size() > 1) {
      throw new IllegalArgumentException(
          tuple.cql() + " " + operator.cql() + " takes one tuple of values (several for IN)");
    }
    for (Object[] tupleValues : values) {
      if (tupleValues.length != tuple.columns().size()) {
        throw new IllegalArgumentException(
            tuple.cql() + " takes " + tuple.columns().size() + " values per tuple");
      }
    }
    return new TupleRestriction<>(tuple, operator, values);
  }

  /** The columns. */
  public ClusteringTuple<T> tuple() {
    return tuple;
  }

  /** The operator: {@code =}, {@code IN} or a range. */
  public Operator operator() {
    return operator;
  }

  /** The tuples of values: one, or several for {@code IN}. */
  public List<List<Object>> values() {
    List<List<Object>> all = new ArrayList<>(values.size());
    for (Object[] tuple : values) {
      all.add(Collections.unmodifiableList(Arrays.asList(tuple)));
    }
    return Collections.unmodifiableList(all);
  }

  @Override
  public String cql() {
    String markers = markers(tuple.columns().size());
    StringBuilder cql = new StringBuilder(tuple.cql()).append(' ').append(operator.cql());
    if (operator != Operator.IN) {
      return cql.append(' ').append(markers).toString();
    }
    cql.append(" (");
    for (int i = 0; i < values.size(); i++) {
      cql.append(i == 0 ? "" : ", ").append(markers);
    }
    return cql.append(')').toString();
  }

  @Override
  public int bindAt(BoundStatement bs, int i) {
    List<ClusteringRef<T, ?>> columns = tuple.columns();
    for (int t = 0; t < values.size(); t++) {
      Object[] tupleValues = values.get(t);
      for (int c = 0; c < tupleValues.length; c++) {
        columns.get(c).bindValue(bs, i++, tupleValues[c]);
      }
    }
    return i;
  }

  /** The number of tuples of values: one, or several for {@code IN}. */
  public int tupleCount() {
    return values.size();
  }

  /**
   * The relation seen column by column, for the key layout checks: a range on each column for a
   * range, an equality (or {@code IN} of the column's values) for an equality or {@code IN}.
   */
  public List<Restriction<T>> perColumn() {
    List<Restriction<T>> perColumn = new ArrayList<>(tuple.columns().size());
    for (int c = 0; c < tuple.columns().size(); c++) {
      Object value;
      if (operator == Operator.IN) {
        List<Object> column = new ArrayList<>(values.size());
        for (Object[] tupleValues : values) {
          column.add(tupleValues[c]);
        }
        value = column;
      } else {
        value = values.get(0)[c];
      }
      perColumn.add(new Restriction<>(tuple.columns().get(c), operator, value));
    }
    return perColumn;
  }

  private static String markers(int count) {
    StringBuilder markers = new StringBuilder("(");
    for (int i = 0; i < count; i++) {
      markers.append(i == 0 ? "?" : ", ?");
    }
    return markers.append(')').toString();
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(tuple.cql()).append(' ').append(operator.cql());
    for (int t = 0; t < values.size(); t++) {
      text.append(t == 0 ? " " : ", ")
          .append(Arrays.toString(values.get(t)).replace('[', '(').replace(']', ')'));
    }
    return text.toString();
  }
}
