package io.sibyl.it.interop;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The schema of the interoperability tests: a table with one column of each CQL type (counters
 * apart, in a table of their own), and the user types it uses.
 */
final class AllTypesTable {

  /** A regular column of {@link #NAME}. */
  record Column(String name, String cqlType) {}

  /** The table with a column of every type. */
  static final String NAME = "all_types";

  /** The table of counters, which cannot share a table with other regular columns. */
  static final String COUNTERS = "counters";

  /** The regular columns of {@link #NAME}, in the order of the insert and select statements. */
  static final List<Column> COLUMNS =
      List.of(
          new Column("ascii_value", "ascii"),
          new Column("bigint_value", "bigint"),
          new Column("blob_value", "blob"),
          new Column("boolean_value", "boolean"),
          new Column("date_value", "date"),
          new Column("decimal_value", "decimal"),
          new Column("double_value", "double"),
          new Column("duration_value", "duration"),
          new Column("float_value", "float"),
          new Column("inet_value", "inet"),
          new Column("int_value", "int"),
          new Column("smallint_value", "smallint"),
          new Column("text_value", "text"),
          new Column("time_value", "time"),
          new Column("timestamp_value", "timestamp"),
          new Column("timeuuid_value", "timeuuid"),
          new Column("tinyint_value", "tinyint"),
          new Column("uuid_value", "uuid"),
          new Column("varint_value", "varint"),
          new Column("list_value", "list<int>"),
          new Column("set_value", "set<text>"),
          new Column("map_value", "map<int, text>"),
          new Column("frozen_list_value", "frozen<list<double>>"),
          new Column("frozen_set_value", "frozen<set<uuid>>"),
          new Column("frozen_map_value", "frozen<map<text, blob>>"),
          new Column("nested_value", "map<text, frozen<list<frozen<tuple<int, text>>>>>"),
          new Column("list_of_sets_value", "list<frozen<set<date>>>"),
          new Column("udt_value", "address"),
          new Column("frozen_udt_value", "frozen<address>"),
          new Column("tuple_value", "tuple<int, text, frozen<list<inet>>>"),
          new Column("float_vector_value", "vector<float, 3>"),
          new Column("text_vector_value", "vector<text, 2>"));

  /** The columns of the scalar types: all but collections, UDTs, tuples and vectors. */
  static final List<String> SCALAR_COLUMNS =
      List.of(
          "ascii_value",
          "bigint_value",
          "blob_value",
          "boolean_value",
          "date_value",
          "decimal_value",
          "double_value",
          "duration_value",
          "float_value",
          "inet_value",
          "int_value",
          "smallint_value",
          "text_value",
          "time_value",
          "timestamp_value",
          "timeuuid_value",
          "tinyint_value",
          "uuid_value",
          "varint_value");

  /**
   * The columns whose type accepts an empty value: zero bytes, which is not null. Cassandra accepts
   * it for the types older than 2.2 (not for date, time, smallint, tinyint and duration).
   */
  static final List<String> EMPTIABLE_COLUMNS =
      List.of(
          "ascii_value",
          "bigint_value",
          "blob_value",
          "boolean_value",
          "decimal_value",
          "double_value",
          "float_value",
          "inet_value",
          "int_value",
          "text_value",
          "timestamp_value",
          "timeuuid_value",
          "uuid_value",
          "varint_value");

  /**
   * The columns that a simple statement can bind with types inferred from the Java values: every
   * scalar, collections of scalars and vectors.
   */
  static final List<String> INFERABLE_COLUMNS =
      Stream.concat(
              SCALAR_COLUMNS.stream(),
              Stream.of(
                  "list_value",
                  "set_value",
                  "map_value",
                  "float_vector_value",
                  "text_vector_value"))
          .toList();

  /** The statements that create the user types and tables, in order. */
  static final List<String> DDL =
      List.of(
          "CREATE TYPE coordinates (latitude double, longitude double)",
          "CREATE TYPE address (street text, \"Zip Code\" int, location frozen<coordinates>,"
              + " phones frozen<list<text>>)",
          "CREATE TABLE "
              + NAME
              + " (id int PRIMARY KEY, "
              + COLUMNS.stream()
                  .map(column -> column.name() + " " + column.cqlType())
                  .collect(Collectors.joining(", "))
              + ")",
          "CREATE TABLE " + COUNTERS + " (id int PRIMARY KEY, hits counter)");

  /** Inserts the id (first variable) and every column, in {@link #COLUMNS} order. */
  static final String INSERT = insert(COLUMNS.stream().map(Column::name).toList());

  /** Selects the id and every column, in {@link #COLUMNS} order, of the row whose id is bound. */
  static final String SELECT =
      "SELECT id, "
          + COLUMNS.stream().map(Column::name).collect(Collectors.joining(", "))
          + " FROM "
          + NAME
          + " WHERE id = ?";

  /** Adds the first variable to the counter of the row whose id is the second. */
  static final String INCREMENT = "UPDATE " + COUNTERS + " SET hits = hits + ? WHERE id = ?";

  /** Selects the counter of the row whose id is bound. */
  static final String SELECT_COUNTER = "SELECT hits FROM " + COUNTERS + " WHERE id = ?";

  private AllTypesTable() {}

  /** An insert of the id (first variable) and the given columns, in order. */
  static String insert(List<String> columns) {
    return "INSERT INTO "
        + NAME
        + " (id, "
        + String.join(", ", columns)
        + ") VALUES (?"
        + ", ?".repeat(columns.size())
        + ")";
  }
}
