package io.sibyl.driver.type;

/**
 * A CQL data type, as described by result metadata, prepared-statement metadata or {@code
 * system_schema}. Implementations are immutable value types with structural equality, so a {@code
 * DataType} can key a map.
 *
 * <p>Build instances through {@link DataTypes}.
 */
public sealed interface DataType
    permits PrimitiveType,
        ListType,
        SetType,
        MapType,
        TupleType,
        UserDefinedType,
        VectorType,
        CustomType {

  /** The type's option id in the native protocol ({@code 0x0000} for custom types and vectors). */
  int protocolCode();

  /** Whether this type is frozen (always true for tuples and vectors, false for primitives). */
  boolean isFrozen();

  /** The type as CQL writes it, for example {@code frozen<map<text, frozen<list<int>>>>}. */
  String asCql();
}
