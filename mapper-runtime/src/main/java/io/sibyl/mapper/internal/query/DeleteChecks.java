package io.sibyl.mapper.internal.query;

import io.sibyl.mapper.generated.ColumnDescriptor;
import io.sibyl.mapper.generated.ColumnKind;
import io.sibyl.mapper.generated.TableDescriptor;
import io.sibyl.mapper.metamodel.CollectionElement;
import io.sibyl.mapper.metamodel.ColumnRef;
import io.sibyl.mapper.metamodel.InvalidRestrictionException;
import io.sibyl.mapper.metamodel.Operator;
import io.sibyl.mapper.metamodel.Restriction;
import io.sibyl.mapper.query.InvalidConditionException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The key layout rules of a delete, checked before {@link QueryChecks#checkWrite}: the whole
 * partition key; then a clustering prefix, optionally ending with a range (whole rows); the whole
 * primary key to delete columns or elements of a row; only the partition key to delete static
 * columns; and equality on every key column for a conditional delete.
 */
public final class DeleteChecks {

  private DeleteChecks() {}

  /**
   * Checks a delete's targets and key restrictions.
   *
   * @param columns the deleted columns (none: whole rows)
   * @param elements the deleted collection elements
   * @param where the restrictions (those on non-key columns are left to {@link QueryChecks})
   * @param conditional whether the delete has {@code IF EXISTS} or {@code IF} conditions
   */
  public static <T> void check(
      TableDescriptor<T> table,
      List<ColumnRef<T, ?>> columns,
      List<CollectionElement<T>> elements,
      List<Restriction<T>> where,
      boolean conditional) {
    List<ColumnRef<T, ?>> targets = new ArrayList<>(columns);
    elements.forEach(e -> targets.add(e.column()));
    for (ColumnRef<T, ?> column : targets) {
      if (column.table() != table) {
        throw new InvalidRestrictionException(
            "ColumnRef " + column + " is not a column of table " + table.name());
      }
    }
    checkPartitionKey(table, where);
    ClusteringShape shape = clustering(table, where);
    String what = "Delete on " + table.name();
    boolean staticOnly =
        !targets.isEmpty() && targets.stream().allMatch(c -> c.kind() == ColumnKind.STATIC);
    if (staticOnly && shape.restricted() != null) {
      throw new InvalidRestrictionException(
          "Delete of static column(s) "
              + names(targets)
              + " of "
              + table.name()
              + " removes them from the whole partition, but clustering column "
              + shape.restricted()
              + " is restricted: drop the where(...) on "
              + shape.restricted());
    }
    if (!targets.isEmpty() && !staticOnly && shape.notWholeRow() != null) {
      throw new InvalidRestrictionException(
          "Delete of "
              + names(targets)
              + " of "
              + table.name()
              + " removes values of single rows, so every clustering column needs eq() or in(), but "
              + shape.notWholeRow()
              + ": restrict it, or delete whole rows with delete() to use a range or a prefix");
    }
    if (conditional) {
      WriteChecks.checkConditionalKey("Delete", table, where);
      String open = staticOnly ? null : shape.notWholeRow();
      if (open != null) {
        throw new InvalidConditionException(
            what
                + " with a condition (ifExists() or onlyIf(...)) applies to one row, so every"
                + " clustering column needs eq(), but "
                + open
                + ": restrict it, or drop the condition");
      }
    }
  }

  private static <T> void checkPartitionKey(TableDescriptor<T> table, List<Restriction<T>> where) {
    List<String> missing = new ArrayList<>();
    for (ColumnDescriptor column : table.columns()) {
      if (column.kind() == ColumnKind.PARTITION_KEY
          && ops(table, where, column).stream().noneMatch(DeleteChecks::fixes)) {
        missing.add(column.cql());
      }
    }
    if (!missing.isEmpty()) {
      throw new InvalidRestrictionException(
          "Delete on "
              + table.name()
              + " needs every partition key column ("
              + table.columns().stream()
                  .filter(c -> c.kind() == ColumnKind.PARTITION_KEY)
                  .map(ColumnDescriptor::cql)
                  .collect(Collectors.joining(", "))
              + ") restricted with eq() or in(): add where(...) for "
              + String.join(", ", missing));
    }
  }

  /**
   * Walks the clustering columns: a restricted column needs every one before it fixed by eq() or
   * in(), and a range ends the walk.
   */
  private static <T> ClusteringShape clustering(
      TableDescriptor<T> table, List<Restriction<T>> where) {
    String firstRestricted = null;
    String notWholeRow = null;
    String gap = null;
    String range = null;
    for (ColumnDescriptor column : table.columns()) {
      if (column.kind() != ColumnKind.CLUSTERING_COLUMN) {
        continue;
      }
      List<Restriction<T>> ops = ops(table, where, column);
      if (ops.isEmpty()) {
        gap = gap == null ? column.cql() : gap;
        notWholeRow = notWholeRow == null ? column.cql() + " is not restricted" : notWholeRow;
        continue;
      }
      firstRestricted = firstRestricted == null ? column.cql() : firstRestricted;
      if (range != null) {
        throw new InvalidRestrictionException(
            "Delete on "
                + table.name()
                + " has a range on clustering column "
                + range
                + ", so it cannot restrict "
                + column.cql()
                + " after it: a range applies to the last restricted clustering column; restrict "
                + range
                + " with eq() or in(), or drop the restriction on "
                + column.cql());
      }
      if (gap != null) {
        throw new InvalidRestrictionException(
            "Delete on "
                + table.name()
                + " restricts clustering column "
                + column.cql()
                + " but not "
                + gap
                + " before it: restrict "
                + gap
                + " with eq() or in() too (a delete takes a clustering prefix, optionally ending"
                + " with a range)");
      }
      if (ops.stream().anyMatch(r -> r.operator().isRange())) {
        range = column.cql();
        notWholeRow = notWholeRow == null ? column.cql() + " has a range" : notWholeRow;
      }
    }
    return new ClusteringShape(firstRestricted, notWholeRow);
  }

  /**
   * @param restricted the first restricted clustering column, or null
   * @param notWholeRow why the restrictions do not name single rows, or null when they do
   */
  private record ClusteringShape(String restricted, String notWholeRow) {}

  private static <T> List<Restriction<T>> ops(
      TableDescriptor<T> table, List<Restriction<T>> where, ColumnDescriptor column) {
    return where.stream()
        .filter(
            r ->
                r.column().table() == table && table.columns().get(r.column().position()) == column)
        .toList();
  }

  private static boolean fixes(Restriction<?> r) {
    return r.operator() == Operator.EQ || r.operator() == Operator.IN;
  }

  private static <T> String names(List<ColumnRef<T, ?>> columns) {
    return columns.stream().map(ColumnRef::cql).distinct().collect(Collectors.joining(", "));
  }
}
