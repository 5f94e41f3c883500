package io.sibyl.mapper.internal.query;

import io.sibyl.mapper.generated.ColumnDescriptor;
import io.sibyl.mapper.generated.ColumnKind;
import io.sibyl.mapper.metamodel.ColumnRef;
import io.sibyl.mapper.metamodel.Ordering;
import io.sibyl.mapper.metamodel.Relation;
import io.sibyl.mapper.metamodel.Selector;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What a select is made of, apart from its table, reader and options: its columns, relations,
 * ordering, limits and flags. It writes the CQL of the select's shape and of its count.
 *
 * @param projection the selected columns
 * @param where the relations, in the order given
 * @param orderings the {@code ORDER BY} terms
 * @param limit the {@code LIMIT}, or null
 * @param perPartitionLimit the {@code PER PARTITION LIMIT}, or null
 * @param allowFiltering whether the select has {@code ALLOW FILTERING}
 * @param distinct whether it is a {@code SELECT DISTINCT}
 * @param groupBy the {@code GROUP BY} columns, or none
 * @param <T> the entity type
 */
public record SelectParts<T>(
    List<Selector<T, ?>> projection,
    List<Relation<T>> where,
    List<Ordering<T>> orderings,
    Integer limit,
    Integer perPartitionLimit,
    boolean allowFiltering,
    boolean distinct,
    List<ColumnRef<T, ?>> groupBy) {

  /** A select of these columns restricted by these relations, without anything else. */
  public static <T> SelectParts<T> of(
      List<? extends Selector<T, ?>> projection, List<? extends Relation<T>> where) {
    return new SelectParts<>(
        List.copyOf(projection),
        List.copyOf(where),
        List.of(),
        null,
        null,
        false,
        false,
        List.of());
  }

  /** These parts with more relations ({@code AND}), after those given before. */
  public SelectParts<T> plus(Relation<T>[] more) {
    // The common cases in one allocation: List.of copies and refuses nulls.
    if (where.isEmpty() || more.length == 0) {
      List<Relation<T>> relations = where.isEmpty() ? List.of(more) : where;
      return new SelectParts<>(
          projection,
          relations,
          orderings,
          limit,
          perPartitionLimit,
          allowFiltering,
          distinct,
          groupBy);
    }
    @SuppressWarnings("unchecked")
    Relation<T>[] all = (Relation<T>[]) new Relation<?>[where.size() + more.length];
    for (int i = 0; i < where.size(); i++) {
      all[i] = where.get(i);
    }
    for (int i = 0; i < more.length; i++) {
      all[where.size() + i] = Objects.requireNonNull(more[i], "relation");
    }
    List<Relation<T>> relations = Collections.unmodifiableList(Arrays.asList(all));
    return new SelectParts<>(
        projection,
        relations,
        orderings,
        limit,
        perPartitionLimit,
        allowFiltering,
        distinct,
        groupBy);
  }

  /** These parts selecting these columns instead. */
  public SelectParts<T> withProjection(List<? extends Selector<T, ?>> columns) {
    return new SelectParts<>(
        List.copyOf(columns),
        where,
        orderings,
        limit,
        perPartitionLimit,
        allowFiltering,
        distinct,
        groupBy);
  }

  /** These parts grouped by these columns ({@code GROUP BY}). */
  public SelectParts<T> withGroupBy(List<ColumnRef<T, ?>> columns) {
    return new SelectParts<>(
        projection,
        where,
        orderings,
        limit,
        perPartitionLimit,
        allowFiltering,
        distinct,
        List.copyOf(columns));
  }

  /** These parts with this {@code ORDER BY}, replacing any earlier one. */
  public SelectParts<T> withOrderings(List<Ordering<T>> terms) {
    return new SelectParts<>(
        projection, where, terms, limit, perPartitionLimit, allowFiltering, distinct, groupBy);
  }

  /** These parts with this {@code LIMIT}. */
  public SelectParts<T> withLimit(int rows) {
    return new SelectParts<>(
        projection, where, orderings, rows, perPartitionLimit, allowFiltering, distinct, groupBy);
  }

  /** These parts with this {@code PER PARTITION LIMIT}. */
  public SelectParts<T> withPerPartitionLimit(int rows) {
    return new SelectParts<>(
        projection, where, orderings, limit, rows, allowFiltering, distinct, groupBy);
  }

  /** These parts with {@code ALLOW FILTERING}. */
  public SelectParts<T> withAllowFiltering() {
    return new SelectParts<>(
        projection, where, orderings, limit, perPartitionLimit, true, distinct, groupBy);
  }

  /** These parts as a {@code SELECT DISTINCT}. */
  public SelectParts<T> withDistinct() {
    return new SelectParts<>(
        projection, where, orderings, limit, perPartitionLimit, allowFiltering, true, groupBy);
  }

  /**
   * Whether a count counts the rows one by one: when a limit, a per-partition limit or {@code
   * DISTINCT} bounds them, or when they are grouped, which {@code count(*)} would ignore or refuse.
   */
  public boolean countsRows() {
    return limit != null || perPartitionLimit != null || distinct || !groupBy.isEmpty();
  }

  /** {@code SELECT [DISTINCT] columns FROM table [WHERE] [ORDER BY] [limits] [ALLOW FILTERING]}. */
  public String cql(String table) {
    StringBuilder cql = new StringBuilder(128).append(distinct ? "SELECT DISTINCT " : "SELECT ");
    for (int i = 0; i < projection.size(); i++) {
      cql.append(i == 0 ? "" : ", ").append(projection.get(i).cql());
    }
    cql.append(" FROM ").append(table);
    appendWhere(cql);
    for (int i = 0; i < groupBy.size(); i++) {
      cql.append(i == 0 ? " GROUP BY " : ", ").append(groupBy.get(i).cql());
    }
    for (int i = 0; i < orderings.size(); i++) {
      cql.append(i == 0 ? " ORDER BY " : ", ").append(orderings.get(i).cql());
    }
    return appendTail(cql, true);
  }

  /**
   * {@code SELECT count(*) FROM table [WHERE] [ALLOW FILTERING]}; or, when {@link #countsRows()},
   * {@code SELECT [DISTINCT] partition-key FROM table [WHERE] [limits] [ALLOW FILTERING]}, whose
   * rows are counted.
   */
  public String countCql(String table) {
    StringBuilder cql = new StringBuilder(96);
    if (countsRows()) {
      cql.append(distinct ? "SELECT DISTINCT " : "SELECT ");
      boolean first = true;
      for (ColumnDescriptor column : projection.get(0).table().columns()) {
        if (column.kind() == ColumnKind.PARTITION_KEY) {
          cql.append(first ? "" : ", ").append(column.cql());
          first = false;
        }
      }
    } else {
      cql.append("SELECT count(*)");
    }
    cql.append(" FROM ").append(table);
    appendWhere(cql);
    for (int i = 0; i < groupBy.size(); i++) {
      cql.append(i == 0 ? " GROUP BY " : ", ").append(groupBy.get(i).cql());
    }
    return appendTail(cql, countsRows());
  }

  private void appendWhere(StringBuilder cql) {
    for (int i = 0; i < where.size(); i++) {
      cql.append(i == 0 ? " WHERE " : " AND ").append(where.get(i).cql());
    }
  }

  private String appendTail(StringBuilder cql, boolean limits) {
    if (limits && perPartitionLimit != null) {
      cql.append(" PER PARTITION LIMIT ?");
    }
    if (limits && limit != null) {
      cql.append(" LIMIT ?");
    }
    if (allowFiltering) {
      cql.append(" ALLOW FILTERING");
    }
    return cql.toString();
  }
}
