package io.sibyl.mapper.internal.query;

import io.sibyl.mapper.InvalidDslQueryException;
import io.sibyl.mapper.generated.ColumnDescriptor;
import io.sibyl.mapper.generated.TableDescriptor;
import io.sibyl.mapper.metamodel.Operator;
import io.sibyl.mapper.metamodel.Relation;
import io.sibyl.mapper.metamodel.Restriction;
import io.sibyl.mapper.metamodel.TokenRestriction;
import io.sibyl.mapper.metamodel.TupleRestriction;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs the checks of a select: those of its shape ({@link #check}, once per shape) and those of its
 * values ({@link #checkValues}, once per query object).
 */
public final class SelectChecks {

  private SelectChecks() {}

  /**
   * Checks a select's shape and values against the table and the schema's indexes.
   *
   * @param parts the select
   * @param table the table it reads
   * @param qualifiedTable the table's name as the select writes it ({@code ks.events}), for
   *     messages
   * @param sasiIndexes the SASI index of a column in the session's schema, or null when it has none
   * @throws InvalidDslQueryException what Cassandra would refuse or scan for
   */
  public static <T> void check(
      SelectParts<T> parts,
      TableDescriptor<T> table,
      String qualifiedTable,
      Function<ColumnDescriptor, SasiIndex> sasiIndexes) {
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
    checkValues(table, qualifiedTable, sasiIndexes, where);
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
   *
   * @param table the table the select reads
   * @param qualifiedTable the table's name as the select writes it ({@code ks.events}), for
   *     messages
   * @param sasiIndexes the SASI index of a column in the session's schema, or null when it has none
   * @param where the select's relations
   * @throws InvalidDslQueryException a null restriction, or a pattern no index serves
   */
  public static <T> void checkValues(
      TableDescriptor<T> table,
      String qualifiedTable,
      Function<ColumnDescriptor, SasiIndex> sasiIndexes,
      List<Relation<T>> where) {
    boolean like = false;
    for (int i = 0; i < where.size(); i++) {
      if (where.get(i) instanceof Restriction<T> r) {
        QueryChecks.checkNotNull(table, r);
        like |= r.operator() == Operator.LIKE;
      }
    }
    if (like) {
      LikeChecks.check(table, qualifiedTable, sasiIndexes, where);
    }
  }

  /**
   * The null checks of {@link #checkValues(TableDescriptor, String, Function, List, Relation)},
   * keeping no reference to a relation (so that a query built per request and its relation can be
   * scalar-replaced by the JIT): whether a {@code LIKE} pattern is among them, which the full
   * checks must then look at.
   *
   * @param last a relation after {@code where}, or null
   * @return true when a restriction is a {@code LIKE}
   * @throws InvalidDslQueryException a null restriction
   */
  public static <T> boolean checkNullsFindLike(
      TableDescriptor<T> table, List<Relation<T>> where, Relation<T> last) {
    boolean like = false;
    for (int i = 0; i < where.size(); i++) {
      if (where.get(i) instanceof Restriction<T> r) {
        QueryChecks.checkNotNull(table, r);
        like |= r.operator() == Operator.LIKE;
      }
    }
    if (last instanceof Restriction<T> r) {
      QueryChecks.checkNotNull(table, r);
      like |= r.operator() == Operator.LIKE;
    }
    return like;
  }

  /**
   * {@link #checkValues(TableDescriptor, String, Function, List)} of {@code where} followed by
   * {@code last}, without a list of both unless there is a {@code LIKE} to check.
   */
  public static <T> void checkValues(
      TableDescriptor<T> table,
      String qualifiedTable,
      Function<ColumnDescriptor, SasiIndex> sasiIndexes,
      List<Relation<T>> where,
      Relation<T> last) {
    if (checkNullsFindLike(table, where, last)) {
      List<Relation<T>> all = new ArrayList<>(where);
      all.add(last);
      LikeChecks.check(table, qualifiedTable, sasiIndexes, all);
    }
  }
}
