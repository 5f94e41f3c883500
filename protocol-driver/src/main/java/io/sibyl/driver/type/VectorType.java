package io.sibyl.driver.type;

import java.util.Objects;

/**
 * The CQL {@code vector<T, n>} type of Cassandra 5. On the wire it travels as a custom type named
 * {@code org.apache.cassandra.db.marshal.VectorType(<element>,<n>)}.
 *
 * @param elementType the type of the elements
 * @param dimensions the fixed number of elements
 */
public record VectorType(DataType elementType, int dimensions) implements DataType {
  /** Validates the components. */
  public VectorType {
    Objects.requireNonNull(elementType, "elementType");
    if (dimensions <= 0) {
      throw new IllegalArgumentException(
          "A vector needs at least one dimension, got " + dimensions);
    }
  }

  @Override
  public int protocolCode() {
    return 0x0000;
  }

  @Override
  public boolean isFrozen() {
    return true;
  }

  @Override
  public String asCql() {
    return "vector<" + elementType.asCql() + ", " + dimensions + ">";
  }

  @Override
  public String toString() {
    return asCql();
  }
}
