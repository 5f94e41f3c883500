package io.sibyl.driver.type;

import java.util.Objects;

/**
 * The CQL {@code map<K, V>} type.
 *
 * @param keyType the type of the keys
 * @param valueType the type of the values
 * @param frozen whether the map is frozen (stored as one cell)
 */
public record MapType(DataType keyType, DataType valueType, boolean frozen) implements DataType {
  /** Validates the components. */
  public MapType {
    Objects.requireNonNull(keyType, "keyType");
    Objects.requireNonNull(valueType, "valueType");
  }

  @Override
  public int protocolCode() {
    return 0x21;
  }

  @Override
  public boolean isFrozen() {
    return frozen;
  }

  @Override
  public String asCql() {
    String cql = "map<" + keyType.asCql() + ", " + valueType.asCql() + ">";
    return frozen ? "frozen<" + cql + ">" : cql;
  }

  @Override
  public String toString() {
    return asCql();
  }
}
