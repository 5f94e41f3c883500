package io.sibyl.mapper.metamodel;

/**
 * An {@code ORDER BY} term: a clustering column, ascending or descending.
 *
 * @param column the clustering column
 * @param descending whether the order is descending
 * @param <T> the entity type
 */
public record Ordering<T>(ClusteringRef<T, ?> column, boolean descending) {

  /** The term as written in CQL. */
  public String cql() {
    return column.cql() + (descending ? " DESC" : " ASC");
  }
}
