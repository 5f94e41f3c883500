package io.sibyl.mapper.schema;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The replication of a keyspace, for {@link SchemaManager#createKeyspace(String, Replication)}:
 * {@code SimpleStrategy} with a replication factor (one data center, development), or {@code
 * NetworkTopologyStrategy} with a factor per data center (production).
 */
public final class Replication {

  private final String cql;

  private Replication(String cql) {
    this.cql = cql;
  }

  /**
   * {@code {'class': 'SimpleStrategy', 'replication_factor': n}}.
   *
   * @throws IllegalArgumentException if {@code factor} is below 1
   */
  public static Replication simple(int factor) {
    if (factor < 1) {
      throw new IllegalArgumentException("A replication factor must be at least 1, got " + factor);
    }
    return new Replication("{'class': 'SimpleStrategy', 'replication_factor': '" + factor + "'}");
  }

  /**
   * {@code {'class': 'NetworkTopologyStrategy', 'dc1': 3, ...}}, data centers in name order.
   *
   * @param factors the replication factor of each data center (as the snitch names them)
   * @throws IllegalArgumentException if there is no data center, or a factor is below 0
   */
  public static Replication networkTopology(Map<String, Integer> factors) {
    Objects.requireNonNull(factors, "factors");
    if (factors.isEmpty()) {
      throw new IllegalArgumentException("NetworkTopologyStrategy needs at least one data center");
    }
    factors.forEach(
        (dc, factor) -> {
          if (factor == null || factor < 0) {
            throw new IllegalArgumentException(
                "The replication factor of data center " + dc + " must be 0 or more");
          }
        });
    return new Replication(
        "{'class': 'NetworkTopologyStrategy', "
            + new TreeMap<>(factors)
                .entrySet().stream()
                    .map(e -> "'" + e.getKey().replace("'", "''") + "': '" + e.getValue() + "'")
                    .collect(Collectors.joining(", "))
            + "}");
  }

  /** The replication map as CQL. */
  public String cql() {
    return cql;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Replication r && r.cql.equals(cql);
  }

  @Override
  public int hashCode() {
    return cql.hashCode();
  }

  @Override
  public String toString() {
    return cql;
  }
}
