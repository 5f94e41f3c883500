package io.sibyl.mapper.processor.generate;

import com.palantir.javapoet.CodeBlock;
import io.sibyl.mapper.processor.model.ColumnModel;
import io.sibyl.mapper.processor.model.ColumnRole;
import io.sibyl.mapper.processor.model.TableModel;
import io.sibyl.mapper.processor.model.UdtModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The DDL of tables, indexes and UDTs, as Java expressions that take the keyspace from a {@code
 * keyspace} variable at run time (the schema sync of a later release builds on these).
 */
final class SchemaGenerator {

  private SchemaGenerator() {}

  /**
   * {@code CREATE TABLE IF NOT EXISTS ...} as an expression; a polymorphic table's discriminator
   * column comes after the mapped ones.
   */
  static CodeBlock createTable(TableModel table) {
    CodeBlock.Builder code =
        CodeBlock.builder()
            .add(
                "\"CREATE TABLE IF NOT EXISTS \" + $T.qualify(keyspace, TABLE) + \" (\"",
                TableGenerator.CQL_NAMES)
            .indent();
    for (ColumnModel column : table.columns()) {
      code.add("\n+ $L", columnDefinition(column));
    }
    if (table.discriminator() != null) {
      code.add(
          "\n+ $S", table.discriminator().cql() + " " + table.discriminator().cqlType() + ", ");
    }
    code.add("\n+ $S", "PRIMARY KEY (" + primaryKey(table) + "))" + options(table));
    return code.unindent().build();
  }

  private static CodeBlock columnDefinition(ColumnModel column) {
    String suffix = (column.role() == ColumnRole.STATIC ? " static" : "") + ", ";
    if (column.cqlType() != null) {
      return CodeBlock.of("$S", column.cql() + " " + column.cqlTypeText() + suffix);
    }
    return CodeBlock.of(
        "$S + $L + $S", column.cql() + " ", TableGenerator.cqlTypeExpression(column), suffix);
  }

  private static String primaryKey(TableModel table) {
    return SchemaScriptGenerator.primaryKey(table);
  }

  private static String options(TableModel table) {
    List<String> options = SchemaScriptGenerator.options(table);
    return options.isEmpty() ? "" : " WITH " + String.join(" AND ", options);
  }

  /**
   * The {@code CREATE INDEX} statements as a list expression, with the storage-attached index of a
   * polymorphic table's discriminator last.
   */
  static CodeBlock createIndexes(TableModel table) {
    List<CodeBlock> statements = new ArrayList<>();
    for (ColumnModel column : table.columns()) {
      if (column.index() == null) {
        continue;
      }
      boolean custom = !column.index().using().isEmpty();
      String head =
          (custom ? "CREATE CUSTOM INDEX IF NOT EXISTS " : "CREATE INDEX IF NOT EXISTS ")
              + column.index().name()
              + " ON ";
      String target =
          column.cqlType() == null || !column.cqlType().isCollection()
              ? column.cql()
              : switch (column.index().target()) {
                case VALUES -> column.cql();
                case KEYS -> "KEYS(" + column.cql() + ")";
                case ENTRIES -> "ENTRIES(" + column.cql() + ")";
                case FULL -> "FULL(" + column.cql() + ")";
              };
      String tail =
          " ("
              + target
              + ")"
              + column.index().using()
              + (column.index().cqlOptions().isEmpty()
                  ? ""
                  : " WITH OPTIONS = " + column.index().cqlOptions());
      statements.add(
          CodeBlock.of(
              "$S$W+ $T.qualify(keyspace, TABLE)$W+ $S", head, TableGenerator.CQL_NAMES, tail));
    }
    if (table.discriminator() != null) {
      statements.add(
          CodeBlock.of(
              "$S$W+ $T.qualify(keyspace, TABLE)$W+ $S",
              "CREATE CUSTOM INDEX IF NOT EXISTS " + table.discriminator().indexName() + " ON ",
              TableGenerator.CQL_NAMES,
              " (" + table.discriminator().cql() + ") USING 'StorageAttachedIndex'"));
    }
    if (statements.isEmpty()) {
      return CodeBlock.of("$T.of()", List.class);
    }
    return CodeBlock.builder()
        .add("$T.of(\n", List.class)
        .indent()
        .add(CodeBlock.join(statements, ",\n"))
        .unindent()
        .add(")")
        .build();
  }

  /** {@code CREATE TYPE IF NOT EXISTS ...} as an expression. */
  static CodeBlock createType(UdtModel udt) {
    CodeBlock.Builder code =
        CodeBlock.builder()
            .add(
                "\"CREATE TYPE IF NOT EXISTS \" + $T.qualify(keyspace, $S) + \" (\"",
                TableGenerator.CQL_NAMES,
                udt.cql())
            .indent();
    for (int i = 0; i < udt.fields().size(); i++) {
      ColumnModel field = udt.fields().get(i);
      String end = i + 1 < udt.fields().size() ? ", " : ")";
      if (field.cqlType() != null) {
        code.add("\n+ $S", field.cql() + " " + field.cqlTypeText() + end);
      } else {
        code.add(
            "\n+ $S + $L + $S", field.cql() + " ", TableGenerator.cqlTypeExpression(field), end);
      }
    }
    return code.unindent().build();
  }
}
