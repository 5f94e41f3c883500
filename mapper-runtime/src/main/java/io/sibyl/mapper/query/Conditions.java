package io.sibyl.mapper.query;

import io.sibyl.driver.BoundStatement;
import io.sibyl.mapper.metamodel.ColumnRef;
import io.sibyl.mapper.metamodel.InvalidRestrictionException;
import io.sibyl.mapper.metamodel.Restriction;
import java.util.List;

/** The {@code WHERE} and {@code IF} parts that updates and deletes share. */
final class Conditions {

  private Conditions() {}

  static <T> void appendWhere(StringBuilder cql, List<Restriction<T>> where) {
    for (int i = 0; i < where.size(); i++) {
      cql.append(i == 0 ? " WHERE " : " AND ").append(where.get(i).cql());
    }
  }

  static <T> void appendIf(StringBuilder cql, boolean ifExists, List<Restriction<T>> conditions) {
    if (ifExists) {
      cql.append(" IF EXISTS");
    }
    for (int i = 0; i < conditions.size(); i++) {
      cql.append(i == 0 ? " IF " : " AND ").append(conditions.get(i).cql());
    }
  }

  static <T> int bind(BoundStatement bs, int from, List<Restriction<T>> restrictions) {
    int i = from;
    for (Restriction<T> r : restrictions) {
      i = r.bindAt(bs, i);
    }
    return i;
  }

  /** Refuses {@code IF} conditions on key columns and on other tables. */
  static <T> void checkConditions(
      String statement, QueryContext<T> context, List<Restriction<T>> conditions) {
    for (Restriction<T> condition : conditions) {
      ColumnRef<T, ?> column = condition.column();
      if (column.table() != context.model().table()) {
        throw new InvalidRestrictionException(
            "ColumnRef " + column + " is not a column of table " + context.model().table().name());
      }
      if (context.model().table().columns().get(column.position()).isPrimaryKey()) {
        throw new InvalidRestrictionException(
            statement
                + " on "
                + context.model().table().name()
                + " has an IF condition on key column "
                + column.cql()
                + ": restrict key columns with where(...) instead");
      }
    }
  }
}
