package io.sibyl.mapper.processor.generate;

import io.sibyl.mapper.processor.model.ColumnModel;
import io.sibyl.mapper.processor.model.ColumnRole;
import io.sibyl.mapper.processor.model.TableModel;
import io.sibyl.mapper.processor.model.UdtModel;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The DDL of one table (with its indexes) or one UDT as a readable CQL script, one column per line,
 * for the {@code META-INF/sibyl/schema/} resources that reviewers read in pull requests. The
 * statements are those the schema sync runs when the table or type is missing; names are qualified
 * only when the entity names its keyspace. Deterministic: the same model always gives the same
 * text.
 */
final class SchemaScriptGenerator {

  private SchemaScriptGenerator() {}

  /** {@code CREATE TABLE} and the {@code CREATE INDEX} statements of a table, each ending in ;. */
  static String table(TableModel table) {
    String name = qualified(table);
    StringBuilder cql =
        new StringBuilder("CREATE TABLE IF NOT EXISTS ").append(name).append(" (\n");
    for (ColumnModel column : table.columns()) {
      cql.append("  ").append(column.cql()).append(' ').append(type(column));
      if (column.role() == ColumnRole.STATIC) {
        cql.append(" static");
      }
      cql.append(",\n");
    }
    if (table.discriminator() != null) {
      cql.append("  ")
          .append(table.discriminator().cql())
          .append(" ")
          .append(table.discriminator().cqlType())
          .append(",\n");
    }
    cql.append("  PRIMARY KEY (").append(primaryKey(table)).append(")\n)");
    List<String> options = options(table);
    for (int i = 0; i < options.size(); i++) {
      cql.append(i == 0 ? " WITH " : "\n  AND ").append(options.get(i));
    }
    cql.append(";\n");
    for (String index : indexes(table, name)) {
      cql.append(index).append(";\n");
    }
    return cql.toString();
  }

  /** {@code CREATE TYPE} of a UDT, unqualified (a type lives in the keyspace of its tables). */
  static String udt(UdtModel udt) {
    StringBuilder cql =
        new StringBuilder("CREATE TYPE IF NOT EXISTS ").append(udt.cql()).append(" (\n");
    for (int i = 0; i < udt.fields().size(); i++) {
      ColumnModel field = udt.fields().get(i);
      cql.append("  ").append(field.cql()).append(' ').append(type(field));
      cql.append(i + 1 < udt.fields().size() ? ",\n" : "\n");
    }
    return cql.append(");\n").toString();
  }

  private static String qualified(TableModel table) {
    return table.keyspace().isEmpty() ? table.cql() : table.keyspace() + "." + table.cql();
  }

  /** The CQL type, or a comment naming the codec whose type is known only at run time. */
  private static String type(ColumnModel column) {
    if (column.cqlType() != null) {
      return column.cqlTypeText();
    }
    String codec =
        column.value().codecClass() == null
            ? "its codec"
            : column.value().codecClass().reflectionName();
    return "/* the CQL type of " + codec + ", known at run time */";
  }

  /**
   * The PRIMARY KEY clause's content: the partition key (parenthesised if composite), then the
   * clustering columns.
   */
  static String primaryKey(TableModel table) {
    String partition =
        table.partitionKey().stream().map(ColumnModel::cql).collect(Collectors.joining(", "));
    List<String> parts = new ArrayList<>();
    parts.add(table.partitionKey().size() > 1 ? "(" + partition + ")" : partition);
    table.clusteringColumns().forEach(c -> parts.add(c.cql()));
    return String.join(", ", parts);
  }

  /**
   * The table's WITH options: clustering order, default TTL, compaction, then the declared ones.
   */
  static List<String> options(TableModel table) {
    List<String> options = new ArrayList<>();
    if (table.clusteringColumns().stream().anyMatch(ColumnModel::descending)) {
      options.add(
          "CLUSTERING ORDER BY ("
              + table.clusteringColumns().stream()
                  .map(c -> c.cql() + (c.descending() ? " DESC" : " ASC"))
                  .collect(Collectors.joining(", "))
              + ")");
    }
    if (table.defaultTtl() > 0) {
      options.add("default_time_to_live = " + table.defaultTtl());
    }
    if (!table.compaction().isEmpty()) {
      options.add("compaction = " + table.compaction());
    }
    table.options().forEach(o -> options.add(o.trim()));
    return options;
  }

  private static List<String> indexes(TableModel table, String name) {
    List<String> indexes = new ArrayList<>();
    for (ColumnModel column : table.columns()) {
      if (column.index() == null) {
        continue;
      }
      String target =
          column.cqlType() == null || !column.cqlType().isCollection()
              ? column.cql()
              : switch (column.index().target()) {
                case VALUES -> column.cql();
                case KEYS -> "KEYS(" + column.cql() + ")";
                case ENTRIES -> "ENTRIES(" + column.cql() + ")";
                case FULL -> "FULL(" + column.cql() + ")";
              };
      String using = column.index().using();
      indexes.add(
          (using.isEmpty() ? "CREATE INDEX IF NOT EXISTS " : "CREATE CUSTOM INDEX IF NOT EXISTS ")
              + column.index().name()
              + " ON "
              + name
              + " ("
              + target
              + ")"
              + using
              + (column.index().cqlOptions().isEmpty()
                  ? ""
                  : " WITH OPTIONS = " + column.index().cqlOptions()));
    }
    if (table.discriminator() != null) {
      indexes.add(
          "CREATE CUSTOM INDEX IF NOT EXISTS "
              + table.discriminator().indexName()
              + " ON "
              + name
              + " ("
              + table.discriminator().cql()
              + ") USING 'StorageAttachedIndex'");
    }
    return indexes;
  }
}
