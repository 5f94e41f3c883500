package io.sibyl.driver;

import io.sibyl.driver.type.DataType;

/**
 * One column of a result, or one bind variable of a prepared statement.
 *
 * @param keyspace the keyspace of the column's table
 * @param table the column's table
 * @param name the column's name as the server reports it (unquoted, case preserved)
 * @param type the column's CQL type
 */
public record ColumnDefinition(String keyspace, String table, String name, DataType type) {}
