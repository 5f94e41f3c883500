package io.sibyl.driver.type;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The CQL {@code tuple<A, B, ...>} type. Tuples are always frozen.
 *
 * @param componentTypes the types of the components, in order
 */
public record TupleType(List<DataType> componentTypes) implements DataType {
  /** Copies the component list. */
  public TupleType {
    componentTypes = List.copyOf(componentTypes);
  }

  @Override
  public int protocolCode() {
    return 0x31;
  }

  @Override
  public boolean isFrozen() {
    return true;
  }

  @Override
  public String asCql() {
    return componentTypes.stream()
        .map(DataType::asCql)
        .collect(Collectors.joining(", ", "frozen<tuple<", ">>"));
  }

  /** A new value of this type with every component null, using the default codec registry. */
  public TupleValue newValue() {
    return new TupleValue(this);
  }

  /**
   * A new value of this type with the given components, using the default codec registry.
   *
   * @throws IllegalArgumentException if the number of values differs from the type's
   */
  public TupleValue newValue(Object... components) {
    return TupleValue.of(this, components);
  }

  @Override
  public String toString() {
    return asCql();
  }
}
