package io.sibyl.driver.type;

import io.sibyl.driver.type.codec.CodecRegistry;
import io.sibyl.driver.type.codec.TypeCodec;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A value of a user-defined type. Fields are kept serialized and decoded on each get, by index or
 * by name (see {@link #firstIndexOf(String)} for how names match).
 *
 * <p>Mutable and not thread-safe: setters change this instance and return it for chaining. Equality
 * compares the type (ignoring whether it is frozen) and the serialized fields; {@link #toString()}
 * gives the CQL literal, such as {@code {street: 'Main St', zip: 12345}}.
 */
public final class UdtValue implements SettableByName<UdtValue> {
  private final UserDefinedType type;
  private final CodecRegistry registry;
  private final ByteBuffer[] values;

  /** An empty value (all fields null) of the given type, using the default registry. */
  public UdtValue(UserDefinedType type) {
    this(type, CodecRegistry.DEFAULT);
  }

  /** An empty value (all fields null) of the given type, using the given registry. */
  public UdtValue(UserDefinedType type, CodecRegistry registry) {
    this.type = Objects.requireNonNull(type, "type");
    this.registry = Objects.requireNonNull(registry, "registry");
    this.values = new ByteBuffer[type.fieldTypes().size()];
  }

  /** The user-defined type this value belongs to. */
  public UserDefinedType type() {
    return type;
  }

  @Override
  public int size() {
    return values.length;
  }

  @Override
  public DataType getType(int index) {
    return type.fieldTypes().get(index);
  }

  @Override
  public ByteBuffer getBytesUnsafe(int index) {
    return values[index];
  }

  @Override
  public UdtValue setBytesUnsafe(int index, ByteBuffer bytes) {
    values[index] = bytes == null ? null : bytes.duplicate();
    return this;
  }

  @Override
  public CodecRegistry codecRegistry() {
    return registry;
  }

  /**
   * The position of a field. A name in double quotes matches exactly (case-sensitive, without the
   * quotes); otherwise an exact match is tried, then a case-insensitive one.
   *
   * @throws IllegalArgumentException if the type has no such field
   */
  @Override
  public int firstIndexOf(String name) {
    List<String> names = type.fieldNames();
    int index;
    if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
      index = names.indexOf(name.substring(1, name.length() - 1).replace("\"\"", "\""));
    } else {
      index = names.indexOf(name);
      for (int i = 0; index < 0 && i < names.size(); i++) {
        if (names.get(i).equalsIgnoreCase(name)) {
          index = i;
        }
      }
    }
    if (index < 0) {
      throw new IllegalArgumentException(
          "User type "
              + type.keyspace()
              + "."
              + type.name()
              + " has no field "
              + name
              + "; its fields are "
              + names);
    }
    return index;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof UdtValue that
        && sameType(type, that.type)
        && Arrays.equals(values, that.values);
  }

  static boolean sameType(UserDefinedType a, UserDefinedType b) {
    return a.keyspace().equals(b.keyspace())
        && a.name().equals(b.name())
        && a.fieldNames().equals(b.fieldNames())
        && a.fieldTypes().equals(b.fieldTypes());
  }

  @Override
  public int hashCode() {
    return Objects.hash(type.keyspace(), type.name(), type.fieldNames()) * 31
        + Arrays.hashCode(values);
  }

  /** The value as a CQL UDT literal, such as {@code {street: 'Main St', zip: 12345}}. */
  @Override
  public String toString() {
    TypeCodec<UdtValue> codec = registry.codecFor(type, UdtValue.class);
    return codec.format(this);
  }
}
