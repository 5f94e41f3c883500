package io.sibyl.driver.type;

import java.util.Objects;

/**
 * The CQL {@code set<T>} type.
 *
 * @param elementType the type of the elements
 * @param frozen whether the collection is frozen (stored as one cell)
 */
public record SetType(DataType elementType, boolean frozen) implements DataType {
  /** Validates the components. */
  public SetType {
    Objects.requireNonNull(elementType, "elementType");
  }

  @Override
  public int protocolCode() {
    return 0x22;
  }

  @Override
  public boolean isFrozen() {
    return frozen;
  }

  @Override
  public String asCql() {
    String cql = "set<" + elementType.asCql() + ">";
    return frozen ? "frozen<" + cql + ">" : cql;
  }

  @Override
  public String toString() {
    return asCql();
  }
}
