package io.sibyl.mapper.query;

import io.sibyl.mapper.generated.TableDescriptor;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the checks of a select: those of its shape ({@link #check}, once per shape) and those of its
 * values ({@link #checkValues}, once per query object).
 */
final class SelectChecks {

  private SelectChecks() {}

  /** Checks a select's shape and values against the table and the schema's indexes. */
  static <T> void check(QueryContext<T> context, SelectParts<T> parts) {
    TableDescriptor<T> table = context.model().table();
    List<Relation<T>> where = parts.where();
    List<Restriction<T>> single = new ArrayList<>();
    List<TokenRestriction<T>> tokens = new ArrayList<>();
    List<TupleRestriction<T>> tuples = new ArrayList<>();
    for (Relation<T> relation : where) {
      if (relation instanceof Restriction<T> r) {
        single.add(r);
      } else if (relation instanceof TokenRestriction<T> t) {
        tokens.add(t);
      } else {
        tuples.add((TupleRestriction<T>) relation);
      }
    }
    RelationChecks.checkTokens(table, tokens);
    RelationChecks.checkTuples(table, tuples, single);
    checkValues(context, where);
    if (parts.distinct()) {
      DistinctChecks.check(table, parts.projection(), where, parts.perPartitionLimit() != null);
    }
    List<Restriction<T>> perColumn = new ArrayList<>(single);
    for (TupleRestriction<T> tuple : tuples) {
      perColumn.addAll(tuple.perColumn());
    }
    QueryChecks.checkSelect(table, perColumn, parts.orderings(), parts.allowFiltering());
  }

  /**
   * Checks what depends on the values rather than the shape: no null restriction, and {@code LIKE}
   * patterns the schema's SASI indexes serve.
   */
  static <T> void checkValues(QueryContext<T> context, List<Relation<T>> where) {
    boolean like = false;
    for (int i = 0; i < where.size(); i++) {
      if (where.get(i) instanceof Restriction<T> r) {
        QueryChecks.checkNotNull(context.model().table(), r);
        like |= r.operator() == Operator.LIKE;
      }
    }
    if (like) {
      LikeChecks.check(context, where);
    }
  }
}
