package io.sibyl.mapper.metamodel;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One tuple of values of a {@link ClusteringTuple}, for {@code IN}: made by {@code values(...)} of
 * the tuple, so its types are checked when it is made.
 *
 * @param <T> the entity type
 */
public final class ClusteringValues<T> {

  private final ClusteringTuple<T> tuple;
  private final Object[] values;

  ClusteringValues(ClusteringTuple<T> tuple, Object[] values) {
    this.tuple = tuple;
    this.values = values;
  }

  /** The tuple of columns these values are for. */
  public ClusteringTuple<T> tuple() {
    return tuple;
  }

  /** The values, in column order. */
  public List<Object> values() {
    return Collections.unmodifiableList(Arrays.asList(values));
  }

  Object[] array() {
    return values;
  }

  @Override
  public String toString() {
    return Arrays.toString(values).replace('[', '(').replace(']', ')');
  }
}
