package io.sibyl.driver.type;

import io.sibyl.driver.type.codec.CodecRegistry;
import io.sibyl.driver.type.codec.TypeCodec;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * A value of a CQL tuple type. Components are kept serialized and decoded on each get, so any Java
 * type the component's CQL type maps to can be read ({@code get(0, Instant.class)} or {@code get(0,
 * java.util.Date.class)} on a timestamp).
 *
 * <p>Mutable and not thread-safe: setters change this instance and return it for chaining. Equality
 * compares the type and the serialized components; {@link #toString()} gives the CQL literal, such
 * as {@code (1, 'a', NULL)}.
 */
public final class TupleValue implements SettableByIndex<TupleValue> {
  private final TupleType type;
  private final CodecRegistry registry;
  private final ByteBuffer[] values;

  /** An empty value (all components null) of the given type, using the default registry. */
  public TupleValue(TupleType type) {
    this(type, CodecRegistry.DEFAULT);
  }

  /** An empty value (all components null) of the given type, using the given registry. */
  public TupleValue(TupleType type, CodecRegistry registry) {
    this.type = Objects.requireNonNull(type, "type");
    this.registry = Objects.requireNonNull(registry, "registry");
    this.values = new ByteBuffer[type.componentTypes().size()];
  }

  /**
   * A value with the given components, each encoded by the codec that the default registry finds
   * for its CQL type and runtime class.
   *
   * @throws IllegalArgumentException if the number of values differs from the type's
   */
  public static TupleValue of(TupleType type, Object... components) {
    TupleValue value = new TupleValue(type);
    if (components.length != value.size()) {
      throw new IllegalArgumentException(
          type.asCql() + " has " + value.size() + " components, got " + components.length);
    }
    for (int i = 0; i < components.length; i++) {
      value.setObject(i, components[i]);
    }
    return value;
  }

  /** The tuple type this value belongs to. */
  public TupleType type() {
    return type;
  }

  @Override
  public int size() {
    return values.length;
  }

  @Override
  public DataType getType(int index) {
    return type.componentTypes().get(index);
  }

  @Override
  public ByteBuffer getBytesUnsafe(int index) {
    return values[index];
  }

  @Override
  public TupleValue setBytesUnsafe(int index, ByteBuffer bytes) {
    values[index] = bytes == null ? null : bytes.duplicate();
    return this;
  }

  @Override
  public CodecRegistry codecRegistry() {
    return registry;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TupleValue that
        && type.equals(that.type)
        && Arrays.equals(values, that.values);
  }

  @Override
  public int hashCode() {
    return 31 * type.hashCode() + Arrays.hashCode(values);
  }

  /** The value as a CQL tuple literal, such as {@code (1, 'a', NULL)}. */
  @Override
  public String toString() {
    TypeCodec<TupleValue> codec = registry.codecFor(type, TupleValue.class);
    return codec.format(this);
  }
}
