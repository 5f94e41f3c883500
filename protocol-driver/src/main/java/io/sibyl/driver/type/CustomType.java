package io.sibyl.driver.type;

import java.util.Objects;

/**
 * A custom type, known only by the name of its server-side class. Values are handled as raw bytes.
 *
 * @param className the fully qualified name of the server's {@code AbstractType} subclass
 */
public record CustomType(String className) implements DataType {
  /** Validates the class name. */
  public CustomType {
    Objects.requireNonNull(className, "className");
  }

  @Override
  public int protocolCode() {
    return 0x0000;
  }

  @Override
  public boolean isFrozen() {
    return false;
  }

  @Override
  public String asCql() {
    return "'" + className.replace("'", "''") + "'";
  }

  @Override
  public String toString() {
    return asCql();
  }
}
