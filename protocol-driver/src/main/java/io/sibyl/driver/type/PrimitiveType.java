package io.sibyl.driver.type;

/**
 * A CQL type with no type parameters, such as {@code int} or {@code text}. The instances are the
 * constants of {@link DataTypes}.
 *
 * @param protocolCode the option id in the native protocol
 * @param name the CQL name, lower case
 */
public record PrimitiveType(int protocolCode, String name) implements DataType {
  @Override
  public boolean isFrozen() {
    return false;
  }

  @Override
  public String asCql() {
    return name;
  }

  @Override
  public String toString() {
    return name;
  }
}
