package io.sibyl.mapper.schema;

import io.sibyl.mapper.generated.ColumnDescriptor;
import io.sibyl.mapper.generated.ColumnKind;
import io.sibyl.mapper.generated.CqlNames;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The CQL statements of schema changes, qualified with a keyspace. */
final class SchemaDdl {

  private SchemaDdl() {}

  static String createKeyspace(String keyspace, String replication) {
    return "CREATE KEYSPACE IF NOT EXISTS "
        + CqlNames.quoteIfNeeded(keyspace)
        + " WITH replication = "
        + replication;
  }

  static String createType(String keyspace, TypeSchema type) {
    return "CREATE TYPE IF NOT EXISTS "
        + CqlNames.qualify(keyspace, type.cql())
        + " ("
        + type.fields().stream()
            .map(f -> f.cql() + " " + f.type())
            .collect(Collectors.joining(", "))
        + ")";
  }

  static String addField(String keyspace, TypeSchema type, FieldSchema field) {
    return "ALTER TYPE "
        + CqlNames.qualify(keyspace, type.cql())
        + " ADD "
        + field.cql()
        + " "
        + field.type();
  }

  static String createTable(String keyspace, TableSchema table) {
    StringBuilder cql =
        new StringBuilder("CREATE TABLE IF NOT EXISTS ")
            .append(CqlNames.qualify(keyspace, table.cql()))
            .append(" (");
    for (ColumnDescriptor column : table.columns()) {
      cql.append(column.cql()).append(' ').append(column.cqlType());
      if (column.kind() == ColumnKind.STATIC) {
        cql.append(" static");
      }
      cql.append(", ");
    }
    String partition =
        table.partitionKey().stream().map(ColumnDescriptor::cql).collect(Collectors.joining(", "));
    List<String> key = new ArrayList<>();
    key.add(table.partitionKey().size() > 1 ? "(" + partition + ")" : partition);
    table.clusteringColumns().forEach(c -> key.add(c.cql()));
    cql.append("PRIMARY KEY (").append(String.join(", ", key)).append("))");
    List<String> options = new ArrayList<>();
    if (table.clusteringColumns().stream().anyMatch(ColumnDescriptor::descending)) {
      options.add(
          "CLUSTERING ORDER BY ("
              + table.clusteringColumns().stream()
                  .map(c -> c.cql() + (c.descending() ? " DESC" : " ASC"))
                  .collect(Collectors.joining(", "))
              + ")");
    }
    options.addAll(table.options());
    if (!options.isEmpty()) {
      cql.append(" WITH ").append(String.join(" AND ", options));
    }
    return cql.toString();
  }

  static String addColumn(String keyspace, TableSchema table, ColumnDescriptor column) {
    return "ALTER TABLE "
        + CqlNames.qualify(keyspace, table.cql())
        + " ADD "
        + column.cql()
        + " "
        + column.cqlType()
        + (column.kind() == ColumnKind.STATIC ? " static" : "");
  }

  static String dropColumn(String keyspace, String tableCql, String columnName) {
    return "ALTER TABLE "
        + CqlNames.qualify(keyspace, tableCql)
        + " DROP "
        + CqlNames.quoteIfNeeded(columnName);
  }

  static String dropTable(String keyspace, String tableName) {
    return "DROP TABLE IF EXISTS " + CqlNames.qualify(keyspace, CqlNames.quoteIfNeeded(tableName));
  }

  static String alterOption(String keyspace, TableSchema table, String option) {
    return "ALTER TABLE " + CqlNames.qualify(keyspace, table.cql()) + " WITH " + option;
  }

  static String createIndex(String keyspace, TableSchema table, IndexSchema index) {
    String target =
        switch (index.target()) {
          case "keys" -> "KEYS(" + index.columnCql() + ")";
          case "entries" -> "ENTRIES(" + index.columnCql() + ")";
          case "full" -> "FULL(" + index.columnCql() + ")";
          default -> index.columnCql();
        };
    return (index.custom() ? "CREATE CUSTOM INDEX IF NOT EXISTS " : "CREATE INDEX IF NOT EXISTS ")
        + index.name()
        + " ON "
        + CqlNames.qualify(keyspace, table.cql())
        + " ("
        + target
        + ")"
        + (index.custom() ? " USING '" + index.using() + "'" : "")
        + (index.cqlOptions().isEmpty() ? "" : " WITH OPTIONS = " + index.cqlOptions());
  }

  /** The stored (unquoted) form of a CQL identifier. */
  static String unquote(String cql) {
    if (cql.length() >= 2 && cql.startsWith("\"") && cql.endsWith("\"")) {
      return cql.substring(1, cql.length() - 1).replace("\"\"", "\"");
    }
    return cql.toLowerCase(java.util.Locale.ROOT);
  }
}
