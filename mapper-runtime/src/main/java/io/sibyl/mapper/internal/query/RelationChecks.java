package io.sibyl.mapper.internal.query;

import io.sibyl.mapper.generated.ColumnDescriptor;
import io.sibyl.mapper.generated.ColumnKind;
import io.sibyl.mapper.generated.TableDescriptor;
import io.sibyl.mapper.metamodel.ClusteringRef;
import io.sibyl.mapper.metamodel.InvalidRestrictionException;
import io.sibyl.mapper.metamodel.Operator;
import io.sibyl.mapper.metamodel.Relation;
import io.sibyl.mapper.metamodel.Restriction;
import io.sibyl.mapper.metamodel.TokenRestriction;
import io.sibyl.mapper.metamodel.TupleRestriction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of the relations only a select takes: token bounds (the table's own token, one lower
 * and one upper bound) and multi-column relations on clustering columns (the columns before them
 * fixed, an equality or {@code IN} alone on its columns, one lower and one upper bound per column).
 */
public final class RelationChecks {

  private RelationChecks() {}

  /** Checks the token bounds of a select. */
  public static <T> void checkTokens(TableDescriptor<T> table, List<TokenRestriction<T>> tokens) {
    int lower = 0;
    int upper = 0;
    for (TokenRestriction<T> bound : tokens) {
      if (bound.token().table() != table) {
        throw new InvalidRestrictionException(
            bound.token().cql()
                + " is the token of "
                + bound.token().table().name()
                + ", not of "
                + table.name()
                + ": use Token.of(...) with the partition key of "
                + table.name());
      }
      if (bound.isLowerBound() ? ++lower > 1 : ++upper > 1) {
        throw new InvalidRestrictionException(
            "Select on "
                + table.name()
                + " has two "
                + (bound.isLowerBound() ? "lower" : "upper")
                + " bounds on "
                + bound.token().cql()
                + ": keep one");
      }
    }
  }

  /**
   * Checks the multi-column relations of a select against each other and the single-column
   * restrictions.
   */
  public static <T> void checkTuples(
      TableDescriptor<T> table, List<TupleRestriction<T>> tuples, List<Restriction<T>> single) {
    for (TupleRestriction<T> tuple : tuples) {
      if (tuple.tuple().table() != table) {
        throw new InvalidRestrictionException(
            "ColumnRef "
                + tuple.tuple().columns().get(0)
                + " is not a column of table "
                + table.name());
      }
    }
    Map<Integer, List<Relation<T>>> byColumn = new LinkedHashMap<>();
    for (Restriction<T> r : single) {
      byColumn.computeIfAbsent(r.column().position(), k -> new ArrayList<>()).add(r);
    }
    for (TupleRestriction<T> tuple : tuples) {
      for (ClusteringRef<T, ?> column : tuple.tuple().columns()) {
        byColumn.computeIfAbsent(column.position(), k -> new ArrayList<>()).add(tuple);
      }
    }
    for (TupleRestriction<T> tuple : tuples) {
      checkFixedBefore(table, tuple, byColumn);
      checkEqualityAlone(table, tuple, byColumn);
    }
    checkBounds(table, byColumn);
  }

  private static <T> void checkFixedBefore(
      TableDescriptor<T> table,
      TupleRestriction<T> tuple,
      Map<Integer, List<Relation<T>>> byColumn) {
    int first = tuple.tuple().columns().get(0).position();
    List<String> open = new ArrayList<>();
    for (int k = 0; k < first; k++) {
      ColumnDescriptor column = table.columns().get(k);
      if (column.kind() == ColumnKind.CLUSTERING_COLUMN
          && byColumn.getOrDefault(k, List.of()).stream().noneMatch(RelationChecks::fixes)) {
        open.add(column.cql());
      }
    }
    if (!open.isEmpty()) {
      throw new InvalidRestrictionException(
          "Multi-column relation on "
              + tuple.tuple().cql()
              + " of "
              + table.name()
              + " needs the clustering columns before it ("
              + String.join(", ", open)
              + ") restricted with eq() or in(): restrict them, or start the tuple with "
              + open.get(0));
    }
  }

  private static <T> void checkEqualityAlone(
      TableDescriptor<T> table,
      TupleRestriction<T> tuple,
      Map<Integer, List<Relation<T>>> byColumn) {
    if (!fixes(tuple)) {
      return;
    }
    for (ClusteringRef<T, ?> column : tuple.tuple().columns()) {
      if (byColumn.get(column.position()).size() > 1) {
        throw new InvalidRestrictionException(
            "Clustering column "
                + column.cql()
                + " of "
                + table.name()
                + " is restricted by "
                + tuple.cql()
                + " and by another relation, which Cassandra refuses next to an equality or IN:"
                + " keep one");
      }
    }
  }

  private static <T> void checkBounds(
      TableDescriptor<T> table, Map<Integer, List<Relation<T>>> byColumn) {
    for (Map.Entry<Integer, List<Relation<T>>> entry : byColumn.entrySet()) {
      int lower = 0;
      int upper = 0;
      for (Relation<T> relation : entry.getValue()) {
        Operator op = operator(relation);
        boolean startsHere =
            relation instanceof Restriction<T>
                || ((TupleRestriction<T>) relation).tuple().columns().get(0).position()
                    == entry.getKey();
        if (!startsHere || !op.isRange()) {
          continue;
        }
        boolean isLower = op == Operator.GT || op == Operator.GTE;
        if (isLower ? ++lower > 1 : ++upper > 1) {
          throw new InvalidRestrictionException(
              "Clustering column "
                  + table.columns().get(entry.getKey()).cql()
                  + " of "
                  + table.name()
                  + " has two "
                  + (isLower ? "lower" : "upper")
                  + " bounds: keep one");
        }
      }
    }
  }

  private static <T> boolean fixes(Relation<T> relation) {
    Operator op = operator(relation);
    return op == Operator.EQ || op == Operator.IN;
  }

  private static <T> Operator operator(Relation<T> relation) {
    return relation instanceof Restriction<T> r
        ? r.operator()
        : ((TupleRestriction<T>) relation).operator();
  }
}
