package io.sibyl.driver.metadata;

import io.sibyl.driver.type.UserDefinedType;
import java.util.Map;
import java.util.Optional;

/**
 * A keyspace as {@code system_schema} describes it.
 *
 * @param name the keyspace's name
 * @param durableWrites whether writes go through the commit log
 * @param replication the replication options, e.g. {@code class} and {@code replication_factor}
 * @param tables the tables, by name
 * @param userTypes the user-defined types, by name
 */
public record KeyspaceMetadata(
    String name,
    boolean durableWrites,
    Map<String, String> replication,
    Map<String, TableMetadata> tables,
    Map<String, UserDefinedType> userTypes) {

  /** The table with this (unquoted, exact) name. */
  public Optional<TableMetadata> table(String tableName) {
    return Optional.ofNullable(tables.get(tableName));
  }

  /** The user-defined type with this (unquoted, exact) name. */
  public Optional<UserDefinedType> userType(String typeName) {
    return Optional.ofNullable(userTypes.get(typeName));
  }
}
