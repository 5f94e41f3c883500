package io.sibyl.mapper.schema;

import io.sibyl.driver.metadata.ColumnMetadata;
import io.sibyl.driver.metadata.IndexMetadata;
import io.sibyl.driver.metadata.KeyspaceMetadata;
import io.sibyl.driver.metadata.TableMetadata;
import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.UserDefinedType;
import io.sibyl.mapper.generated.ColumnDescriptor;
import io.sibyl.mapper.generated.ColumnKind;
import io.sibyl.mapper.generated.CqlNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares the model of one keyspace with its live metadata and lists the changes, ordered so that
 * each can apply after the ones before it.
 */
final class SchemaDiff {

  /** Tables of the keyspace that belong to Sibyl itself and are never dropped. */
  static final String INTERNAL_TABLE_PREFIX = "sibyl_";

  private final String keyspace;
  private final List<SchemaChange> changes = new ArrayList<>();

  private SchemaDiff(String keyspace) {
    this.keyspace = keyspace;
  }

  /**
   * The changes that bring {@code live} (null when the keyspace does not exist) to the model.
   *
   * @param keyspace the keyspace (stored form)
   * @param live its metadata, or null
   * @param types the types to have in it
   * @param tables the tables to have in it
   * @param replication the replication to create a missing keyspace with, or null to not
   * @param formerlyMapped tables (stored names) that earlier models of this application mapped:
   *     those the model no longer maps are planned as drops (for {@code contract()}); any other
   *     table of the keyspace belongs to someone else and is never planned
   */
  static List<SchemaChange> diff(
      String keyspace,
      KeyspaceMetadata live,
      List<TypeSchema> types,
      List<TableSchema> tables,
      String replication,
      Set<String> formerlyMapped) {
    SchemaDiff diff = new SchemaDiff(keyspace);
    if (live == null) {
      if (replication == null) {
        throw new io.sibyl.mapper.MapperException(
            "Keyspace "
                + keyspace
                + " does not exist: create it, or let the mapper create it with"
                + " Mapper.builder(session).createKeyspace(\"{'class': 'SimpleStrategy',"
                + " 'replication_factor': 1}\")");
      }
      diff.add(
          ChangeKind.CREATE_KEYSPACE,
          CqlNames.quoteIfNeeded(keyspace),
          "keyspace is missing",
          SchemaDdl.createKeyspace(keyspace, replication),
          "");
    }
    for (TypeSchema type : inDependencyOrder(types)) {
      diff.type(type, live == null ? null : live.userTypes().get(type.name()));
    }
    for (TableSchema table : tables) {
      diff.table(table, live == null ? null : live.tables().get(table.name()));
    }
    if (live != null) {
      Set<String> mapped = tables.stream().map(TableSchema::name).collect(Collectors.toSet());
      for (String name : live.tables().keySet()) {
        if (!mapped.contains(name)
            && formerlyMapped.contains(name)
            && !name.startsWith(INTERNAL_TABLE_PREFIX)) {
          diff.add(
              ChangeKind.DROP_TABLE,
              CqlNames.qualify(keyspace, CqlNames.quoteIfNeeded(name)),
              "an earlier model of this application mapped this table and the current one does"
                  + " not; left alone until contract()",
              SchemaDdl.dropTable(keyspace, name),
              "dropping it deletes its data");
        }
      }
    }
    List<SchemaChange> ordered = new ArrayList<>(diff.changes);
    ordered.sort(Comparator.comparingInt(c -> c.kind().phase()));
    return ordered;
  }

  /** Types ordered so that each comes after the model types it uses. */
  static List<TypeSchema> inDependencyOrder(List<TypeSchema> types) {
    Map<String, TypeSchema> byName = new LinkedHashMap<>();
    types.forEach(t -> byName.putIfAbsent(t.name(), t));
    Set<String> done = new LinkedHashSet<>();
    List<TypeSchema> ordered = new ArrayList<>();
    for (TypeSchema type : byName.values()) {
      visit(type, byName, done, new LinkedHashSet<>(), ordered);
    }
    return ordered;
  }

  private static void visit(
      TypeSchema type,
      Map<String, TypeSchema> byName,
      Set<String> done,
      Set<String> path,
      List<TypeSchema> ordered) {
    if (done.contains(type.name()) || !path.add(type.name())) {
      return;
    }
    for (String dependency : type.dependencies()) {
      TypeSchema used = byName.get(dependency);
      if (used != null) {
        visit(used, byName, done, path, ordered);
      }
    }
    done.add(type.name());
    ordered.add(type);
  }

  private void type(TypeSchema type, UserDefinedType live) {
    String target = CqlNames.qualify(keyspace, type.cql());
    if (live == null) {
      add(
          ChangeKind.CREATE_TYPE,
          target,
          "type is missing",
          SchemaDdl.createType(keyspace, type),
          "");
      return;
    }
    for (FieldSchema field : type.fields()) {
      int at = live.fieldNames().indexOf(field.name());
      if (at < 0) {
        add(
            ChangeKind.ADD_TYPE_FIELD,
            target + "." + field.cql(),
            "field is missing",
            SchemaDdl.addField(keyspace, type, field),
            "");
      } else if (!sameType(field.type(), live.fieldTypes().get(at))) {
        add(
            ChangeKind.CHANGE_FIELD_TYPE,
            target + "." + field.cql(),
            "field "
                + field.cql()
                + " is "
                + live.fieldTypes().get(at).asCql()
                + " in the schema but "
                + field.type()
                + " in the model",
            "-- cannot change the type of field " + field.cql() + " of " + target,
            "Cassandra cannot change a field's type: map the property to a new field and migrate"
                + " the data, or create a new type");
      }
    }
  }

  private void table(TableSchema table, TableMetadata live) {
    String target = CqlNames.qualify(keyspace, table.cql());
    if (live == null) {
      add(
          ChangeKind.CREATE_TABLE,
          target,
          "table is missing",
          SchemaDdl.createTable(keyspace, table),
          "");
      for (IndexSchema index : table.indexes()) {
        add(
            ChangeKind.CREATE_INDEX,
            target + " index " + index.name(),
            "index is missing",
            SchemaDdl.createIndex(keyspace, table, index),
            "");
      }
      return;
    }
    primaryKey(table, live, target);
    Set<String> mapped = new LinkedHashSet<>();
    for (ColumnDescriptor column : table.columns()) {
      mapped.add(column.name());
      if (column.isPrimaryKey()) {
        continue;
      }
      ColumnMetadata current = live.columns().get(column.name());
      if (current == null) {
        add(
            ChangeKind.ADD_COLUMN,
            target + "." + column.cql(),
            "column is missing",
            SchemaDdl.addColumn(keyspace, table, column),
            "");
      } else if (current.kind() == ColumnMetadata.Kind.PARTITION_KEY
          || current.kind() == ColumnMetadata.Kind.CLUSTERING) {
        continue; // reported with the primary key
      } else if (!sameType(column.cqlType(), current.type())) {
        add(
            ChangeKind.CHANGE_COLUMN_TYPE,
            target + "." + column.cql(),
            "column "
                + column.cql()
                + " is "
                + current.type().asCql()
                + " in the schema but "
                + column.cqlType()
                + " in the model",
            "-- cannot change the type of column " + column.cql() + " of " + target,
            "Cassandra cannot change a column's type: map the property to a new column"
                + " (@Column(name)) and migrate the data, or recreate the table");
      } else if ((current.kind() == ColumnMetadata.Kind.STATIC)
          != (column.kind() == ColumnKind.STATIC)) {
        add(
            ChangeKind.CHANGE_COLUMN_KIND,
            target + "." + column.cql(),
            "column "
                + column.cql()
                + " is "
                + (current.kind() == ColumnMetadata.Kind.STATIC ? "static" : "regular")
                + " in the schema but "
                + (column.kind() == ColumnKind.STATIC ? "static" : "regular")
                + " in the model",
            "-- cannot change whether column " + column.cql() + " of " + target + " is static",
            "map the property to a new column and migrate the data");
      }
    }
    for (ColumnMetadata column : live.columns().values()) {
      if (!mapped.contains(column.name())
          && column.kind() != ColumnMetadata.Kind.PARTITION_KEY
          && column.kind() != ColumnMetadata.Kind.CLUSTERING) {
        for (IndexMetadata index : live.indexes().values()) {
          if (column.name().equals(indexedColumn(index))) {
            add(
                ChangeKind.DROP_INDEX,
                target + "." + CqlNames.quoteIfNeeded(column.name()) + " index " + index.name(),
                "index "
                    + index.name()
                    + " is on column "
                    + column.name()
                    + ", which is not mapped; left alone until contract()",
                "DROP INDEX IF EXISTS "
                    + CqlNames.qualify(keyspace, CqlNames.quoteIfNeeded(index.name())),
                "dropping it stops queries that use it");
          }
        }
        add(
            ChangeKind.DROP_COLUMN,
            target + "." + CqlNames.quoteIfNeeded(column.name()),
            "column "
                + column.name()
                + " ("
                + column.type().asCql()
                + ") is not mapped; left alone until contract()",
            SchemaDdl.dropColumn(keyspace, table.cql(), column.name()),
            "dropping it deletes its data");
      }
    }
    for (String option : table.options()) {
      String name = TableOptions.name(option);
      String current = name == null ? null : live.options().get(name);
      if (current != null && !TableOptions.matches(option, current)) {
        add(
            ChangeKind.ALTER_TABLE_OPTIONS,
            target + " " + name,
            name + " is " + current + " in the schema but " + option + " in the model",
            SchemaDdl.alterOption(keyspace, table, option),
            "");
      }
    }
    for (IndexSchema index : table.indexes()) {
      IndexMetadata current = live.indexes().get(SchemaDdl.unquote(index.name()));
      if (current == null) {
        add(
            ChangeKind.CREATE_INDEX,
            target + " index " + index.name(),
            "index is missing",
            SchemaDdl.createIndex(keyspace, table, index),
            "");
      } else if (!IndexKinds.of(index).equals(IndexKinds.of(current))) {
        add(
            ChangeKind.CHANGE_INDEX,
            target + " index " + index.name(),
            "index "
                + index.name()
                + " is "
                + IndexKinds.of(current)
                + " in the schema but "
                + IndexKinds.of(index)
                + " in the model",
            "-- cannot change index " + index.name() + " of " + target + " in place",
            "drop it (DROP INDEX "
                + CqlNames.qualify(keyspace, index.name())
                + ") and sync again, which recreates it and rebuilds it from the data, or give the"
                + " @Index another name");
      }
    }
  }

  /** The column an index is on: its target without {@code values(...)} and such, unquoted. */
  static String indexedColumn(IndexMetadata index) {
    String target = index.target().trim();
    int open = target.indexOf('(');
    if (open > 0 && target.endsWith(")")) {
      target = target.substring(open + 1, target.length() - 1).trim();
    }
    return SchemaDdl.unquote(target);
  }

  private void primaryKey(TableSchema table, TableMetadata live, String target) {
    String wanted = describeKey(table.partitionKey(), table.clusteringColumns());
    String actual = describeLiveKey(live);
    if (!wanted.equals(actual)) {
      add(
          ChangeKind.CHANGE_PRIMARY_KEY,
          target,
          "primary key is " + actual + " in the schema but " + wanted + " in the model",
          "-- cannot change the primary key of " + target,
          "Cassandra cannot change a primary key: create a new table (@Table(name)) and copy the"
              + " data, or drop and recreate this one");
      return;
    }
    for (int i = 0; i < live.clusteringColumns().size(); i++) {
      ColumnMetadata current = live.clusteringColumns().get(i);
      ColumnDescriptor column = table.clusteringColumns().get(i);
      if (current.descending() != column.descending()) {
        add(
            ChangeKind.CHANGE_CLUSTERING_ORDER,
            target + "." + column.cql(),
            "clustering column "
                + column.cql()
                + " is "
                + (current.descending() ? "DESC" : "ASC")
                + " in the schema but "
                + (column.descending() ? "DESC" : "ASC")
                + " in the model",
            "-- cannot change the clustering order of " + target,
            "Cassandra cannot change a clustering order: create a new table and copy the data");
      }
    }
  }

  private String describeKey(List<ColumnDescriptor> partition, List<ColumnDescriptor> clustering) {
    return "(("
        + partition.stream()
            .map(c -> c.name() + " " + canonical(c.cqlType()))
            .collect(Collectors.joining(", "))
        + ")"
        + clustering.stream()
            .map(c -> ", " + c.name() + " " + canonical(c.cqlType()))
            .collect(Collectors.joining())
        + ")";
  }

  private static String describeLiveKey(TableMetadata live) {
    return "(("
        + live.partitionKey().stream()
            .map(c -> c.name() + " " + c.type().asCql())
            .collect(Collectors.joining(", "))
        + ")"
        + live.clusteringColumns().stream()
            .map(c -> ", " + c.name() + " " + c.type().asCql())
            .collect(Collectors.joining())
        + ")";
  }

  private boolean sameType(String modelType, DataType live) {
    return Objects.equals(canonical(modelType), live.asCql());
  }

  /** The model type as the driver would print the live one (user types qualified). */
  private String canonical(String modelType) {
    try {
      return DataTypes.parse(modelType, keyspace, null).asCql();
    } catch (IllegalArgumentException e) {
      return modelType.trim();
    }
  }

  private void add(ChangeKind kind, String target, String description, String cql, String advice) {
    changes.add(new SchemaChange(kind, target, description, cql, advice));
  }
}
