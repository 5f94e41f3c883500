package io.sibyl.mapper.schema;

import java.util.List;

/**
 * The schema model of some {@code @Table} and {@code @Udt} types. The annotation processor writes
 * one per type ({@code UserTable__Schema}, {@code AddressUdt__Schema}) and registers it in {@code
 * META-INF/services/io.sibyl.mapper.schema.SchemaContributor}, so the mapper finds every model
 * without scanning the class path.
 */
public interface SchemaContributor {

  /** The tables this contributor describes. */
  default List<TableSchema> tables() {
    return List.of();
  }

  /** The user-defined types this contributor describes. */
  default List<TypeSchema> types() {
    return List.of();
  }
}
