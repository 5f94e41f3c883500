package io.sibyl.driver.internal.protocol.message;

import io.sibyl.driver.type.DataType;

/**
 * One {@code <col_spec>} of rows or prepared metadata.
 *
 * @param keyspace the keyspace of the column's table
 * @param table the column's table
 * @param name the column name, alias or bind marker name
 * @param type the column's type
 */
public record ColumnSpec(String keyspace, String table, String name, DataType type) {}
