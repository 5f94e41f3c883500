package io.sibyl.driver.type;

import java.util.List;
import java.util.Objects;

/**
 * A user-defined type ({@code CREATE TYPE}).
 *
 * @param keyspace the keyspace the type belongs to
 * @param name the type's name, as stored by Cassandra (unquoted)
 * @param fieldNames the field names, in declaration order
 * @param fieldTypes the field types, in the same order as {@code fieldNames}
 * @param frozen whether the value is frozen (stored as one cell)
 */
public record UserDefinedType(
    String keyspace,
    String name,
    List<String> fieldNames,
    List<DataType> fieldTypes,
    boolean frozen)
    implements DataType {

  /** Validates and copies the components. */
  public UserDefinedType {
    Objects.requireNonNull(keyspace, "keyspace");
    Objects.requireNonNull(name, "name");
    fieldNames = List.copyOf(fieldNames);
    fieldTypes = List.copyOf(fieldTypes);
    if (fieldNames.size() != fieldTypes.size()) {
      throw new IllegalArgumentException(
          "User type "
              + name
              + " has "
              + fieldNames.size()
              + " names for "
              + fieldTypes.size()
              + " types");
    }
  }

  @Override
  public int protocolCode() {
    return 0x30;
  }

  @Override
  public boolean isFrozen() {
    return frozen;
  }

  @Override
  public String asCql() {
    String cql = CqlLiterals.qualified(keyspace, name);
    return frozen ? "frozen<" + cql + ">" : cql;
  }

  /** Whether this is a shell: a type known by name only, with no fields (see DataTypes.parse). */
  public boolean isShell() {
    return fieldNames.isEmpty();
  }

  /** A new value of this type with every field null, using the default codec registry. */
  public UdtValue newValue() {
    return new UdtValue(this);
  }

  @Override
  public String toString() {
    return asCql();
  }
}
