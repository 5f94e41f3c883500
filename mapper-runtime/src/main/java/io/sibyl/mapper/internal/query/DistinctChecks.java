package io.sibyl.mapper.internal.query;

import io.sibyl.mapper.generated.ColumnDescriptor;
import io.sibyl.mapper.generated.ColumnKind;
import io.sibyl.mapper.generated.TableDescriptor;
import io.sibyl.mapper.metamodel.ColumnRef;
import io.sibyl.mapper.metamodel.Relation;
import io.sibyl.mapper.metamodel.Restriction;
import io.sibyl.mapper.metamodel.Selector;
import io.sibyl.mapper.metamodel.TupleRestriction;
import io.sibyl.mapper.query.InvalidProjectionException;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of {@code SELECT DISTINCT}: it selects every partition key column and static columns
 * only, restricts only partition key and static columns (or the token), and takes no per-partition
 * limit.
 */
public final class DistinctChecks {

  private DistinctChecks() {}

  /** Checks a distinct select. */
  public static <T> void check(
      TableDescriptor<T> table,
      List<Selector<T, ?>> projection,
      List<Relation<T>> where,
      boolean perPartitionLimit) {
    List<String> others = new ArrayList<>();
    for (Selector<T, ?> selector : projection) {
      if (!(selector instanceof ColumnRef<T, ?> column)
          || column.kind() != ColumnKind.PARTITION_KEY && column.kind() != ColumnKind.STATIC) {
        others.add(selector.cql());
      }
    }
    String partitionKey = names(table, ColumnKind.PARTITION_KEY);
    if (!others.isEmpty()) {
      throw new InvalidProjectionException(
          "SELECT DISTINCT on "
              + table.name()
              + " may select only partition key and static columns, not "
              + String.join(", ", others)
              + ": select(...) the partition key ("
              + partitionKey
              + ") and static columns only");
    }
    for (ColumnDescriptor key : table.columns()) {
      if (key.kind() == ColumnKind.PARTITION_KEY
          && projection.stream()
              .noneMatch(
                  s ->
                      s instanceof ColumnRef<T, ?> c && table.columns().get(c.position()) == key)) {
        throw new InvalidProjectionException(
            "SELECT DISTINCT on "
                + table.name()
                + " must select every partition key column ("
                + partitionKey
                + "), and "
                + key.cql()
                + " is missing: add it to select(...)");
      }
    }
    for (Relation<T> relation : where) {
      String restricted = restrictedOutsidePartition(relation);
      if (restricted != null) {
        throw new InvalidProjectionException(
            "SELECT DISTINCT on "
                + table.name()
                + " restricts "
                + restricted
                + ", which DISTINCT does not take: restrict only partition key and static columns"
                + " (or the token)");
      }
    }
    if (perPartitionLimit) {
      throw new InvalidProjectionException(
          "SELECT DISTINCT on "
              + table.name()
              + " has perPartitionLimit(...), which DISTINCT does not take (each partition gives"
              + " one row): drop it");
    }
  }

  private static <T> String restrictedOutsidePartition(Relation<T> relation) {
    if (relation instanceof TupleRestriction<T> tuple) {
      return "clustering columns " + tuple.tuple().cql();
    }
    if (relation instanceof Restriction<T> r
        && r.column().kind() != ColumnKind.PARTITION_KEY
        && r.column().kind() != ColumnKind.STATIC) {
      return (r.column().kind() == ColumnKind.CLUSTERING_COLUMN ? "clustering" : "regular")
          + " column "
          + r.column().cql();
    }
    return null;
  }

  private static String names(TableDescriptor<?> table, ColumnKind kind) {
    StringBuilder names = new StringBuilder();
    for (ColumnDescriptor column : table.columns()) {
      if (column.kind() == kind) {
        names.append(names.length() == 0 ? "" : ", ").append(column.cql());
      }
    }
    return names.toString();
  }
}
