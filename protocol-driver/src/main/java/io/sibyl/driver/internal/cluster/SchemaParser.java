package io.sibyl.driver.internal.cluster;

import io.sibyl.driver.Row;
import io.sibyl.driver.metadata.ColumnMetadata;
import io.sibyl.driver.metadata.IndexMetadata;
import io.sibyl.driver.metadata.KeyspaceMetadata;
import io.sibyl.driver.metadata.TableMetadata;
import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.ListType;
import io.sibyl.driver.type.MapType;
import io.sibyl.driver.type.SetType;
import io.sibyl.driver.type.TupleType;
import io.sibyl.driver.type.UserDefinedType;
import io.sibyl.driver.type.VectorType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds keyspace metadata from the rows of {@code system_schema}'s keyspaces, tables, columns,
 * types and indexes tables.
 */
final class SchemaParser {
  private static final List<String> TABLE_OPTIONS =
      List.of(
          "comment",
          "default_time_to_live",
          "gc_grace_seconds",
          "bloom_filter_fp_chance",
          "compaction",
          "compression",
          "caching",
          "speculative_retry");

  private SchemaParser() {}

  record SchemaRows(
      List<Row> keyspaces,
      List<Row> tables,
      List<Row> columns,
      List<Row> types,
      List<Row> indexes) {}

  static Map<String, KeyspaceMetadata> parse(SchemaRows rows) {
    Map<String, KeyspaceMetadata> keyspaces = new LinkedHashMap<>();
    for (Row keyspace : rows.keyspaces()) {
      String name = keyspace.getString("keyspace_name");
      Map<String, UserDefinedType> types = parseTypes(name, rows.types());
      keyspaces.put(
          name,
          new KeyspaceMetadata(
              name,
              keyspace.getBoolean("durable_writes"),
              Map.copyOf(keyspace.getMap("replication", String.class, String.class)),
              parseTables(name, types, rows),
              types));
    }
    return Collections.unmodifiableMap(keyspaces);
  }

  /** Parses the keyspace's types in dependency order: a type may use those defined before. */
  private static Map<String, UserDefinedType> parseTypes(String keyspace, List<Row> typeRows) {
    Map<String, UserDefinedType> types = new LinkedHashMap<>();
    List<Row> pending = new ArrayList<>();
    for (Row row : typeRows) {
      if (keyspace.equals(row.getString("keyspace_name"))) {
        pending.add(row);
      }
    }
    boolean progress = true;
    while (!pending.isEmpty() && progress) {
      progress = false;
      for (var it = pending.iterator(); it.hasNext(); ) {
        Row row = it.next();
        UserDefinedType type = parseType(keyspace, row, types, false);
        if (type != null) {
          types.put(type.name(), type);
          it.remove();
          progress = true;
        }
      }
    }
    for (Row row : pending) { // cycles cannot happen in CQL; keep shells if they somehow do
      UserDefinedType type = parseType(keyspace, row, types, true);
      types.put(type.name(), type);
    }
    return Collections.unmodifiableMap(types);
  }

  private static UserDefinedType parseType(
      String keyspace, Row row, Map<String, UserDefinedType> known, boolean allowShells) {
    List<String> names = row.getList("field_names", String.class);
    List<String> typeStrings = row.getList("field_types", String.class);
    List<DataType> fieldTypes = new ArrayList<>();
    for (String typeString : typeStrings) {
      DataType type = DataTypes.parse(typeString, keyspace, known::get);
      if (!allowShells && containsShell(type)) {
        return null;
      }
      fieldTypes.add(type);
    }
    return new UserDefinedType(keyspace, row.getString("type_name"), names, fieldTypes, false);
  }

  private static boolean containsShell(DataType type) {
    if (type instanceof UserDefinedType udt) {
      return udt.isShell() || udt.fieldTypes().stream().anyMatch(SchemaParser::containsShell);
    }
    if (type instanceof ListType list) {
      return containsShell(list.elementType());
    }
    if (type instanceof SetType set) {
      return containsShell(set.elementType());
    }
    if (type instanceof MapType map) {
      return containsShell(map.keyType()) || containsShell(map.valueType());
    }
    if (type instanceof TupleType tuple) {
      return tuple.componentTypes().stream().anyMatch(SchemaParser::containsShell);
    }
    return type instanceof VectorType vector && containsShell(vector.elementType());
  }

  private static Map<String, TableMetadata> parseTables(
      String keyspace, Map<String, UserDefinedType> types, SchemaRows rows) {
    Map<String, TableMetadata> tables = new LinkedHashMap<>();
    for (Row table : rows.tables()) {
      if (!keyspace.equals(table.getString("keyspace_name"))) {
        continue;
      }
      String name = table.getString("table_name");
      List<ColumnMetadata> columns = new ArrayList<>();
      for (Row column : rows.columns()) {
        if (keyspace.equals(column.getString("keyspace_name"))
            && name.equals(column.getString("table_name"))) {
          columns.add(parseColumn(keyspace, types, column));
        }
      }
      tables.put(name, table(keyspace, name, columns, table, indexes(keyspace, name, rows)));
    }
    return Collections.unmodifiableMap(tables);
  }

  private static ColumnMetadata parseColumn(
      String keyspace, Map<String, UserDefinedType> types, Row column) {
    ColumnMetadata.Kind kind =
        switch (column.getString("kind")) {
          case "partition_key" -> ColumnMetadata.Kind.PARTITION_KEY;
          case "clustering" -> ColumnMetadata.Kind.CLUSTERING;
          case "static" -> ColumnMetadata.Kind.STATIC;
          default -> ColumnMetadata.Kind.REGULAR;
        };
    return new ColumnMetadata(
        column.getString("column_name"),
        DataTypes.parse(column.getString("type"), keyspace, types::get),
        kind,
        Math.max(0, column.getInt("position")),
        "desc".equalsIgnoreCase(column.getString("clustering_order")));
  }

  private static TableMetadata table(
      String keyspace,
      String name,
      List<ColumnMetadata> columns,
      Row tableRow,
      Map<String, IndexMetadata> indexes) {
    Comparator<ColumnMetadata> byPosition = Comparator.comparingInt(ColumnMetadata::position);
    List<ColumnMetadata> partitionKey =
        columns.stream()
            .filter(c -> c.kind() == ColumnMetadata.Kind.PARTITION_KEY)
            .sorted(byPosition)
            .toList();
    List<ColumnMetadata> clustering =
        columns.stream()
            .filter(c -> c.kind() == ColumnMetadata.Kind.CLUSTERING)
            .sorted(byPosition)
            .toList();
    Map<String, ColumnMetadata> byName = new LinkedHashMap<>();
    partitionKey.forEach(c -> byName.put(c.name(), c));
    clustering.forEach(c -> byName.put(c.name(), c));
    columns.stream()
        .filter(c -> !byName.containsKey(c.name()))
        .sorted(Comparator.comparing(ColumnMetadata::name))
        .forEach(c -> byName.put(c.name(), c));
    Map<String, String> options = new LinkedHashMap<>();
    for (String option : TABLE_OPTIONS) {
      if (tableRow.columnDefinitions().contains(option) && !tableRow.isNull(option)) {
        options.put(option, Objects.toString(tableRow.getObject(option)));
      }
    }
    return new TableMetadata(
        keyspace,
        name,
        partitionKey,
        clustering,
        Collections.unmodifiableMap(byName),
        Collections.unmodifiableMap(options),
        indexes);
  }

  private static Map<String, IndexMetadata> indexes(
      String keyspace, String table, SchemaRows rows) {
    Map<String, IndexMetadata> indexes = new LinkedHashMap<>();
    for (Row index : rows.indexes()) {
      if (keyspace.equals(index.getString("keyspace_name"))
          && table.equals(index.getString("table_name"))) {
        String name = index.getString("index_name");
        indexes.put(
            name,
            new IndexMetadata(
                name,
                index.getString("kind"),
                Map.copyOf(index.getMap("options", String.class, String.class))));
      }
    }
    return Collections.unmodifiableMap(indexes);
  }
}
