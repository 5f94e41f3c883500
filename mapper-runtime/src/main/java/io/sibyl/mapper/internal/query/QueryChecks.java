package io.sibyl.mapper.internal.query;

import io.sibyl.mapper.annotations.IndexTarget;
import io.sibyl.mapper.annotations.IndexType;
import io.sibyl.mapper.generated.ColumnDescriptor;
import io.sibyl.mapper.generated.ColumnKind;
import io.sibyl.mapper.generated.TableDescriptor;
import io.sibyl.mapper.metamodel.ColumnRef;
import io.sibyl.mapper.metamodel.InvalidRestrictionException;
import io.sibyl.mapper.metamodel.Operator;
import io.sibyl.mapper.metamodel.Ordering;
import io.sibyl.mapper.metamodel.Restriction;
import io.sibyl.mapper.query.FilteringRequiredException;
import io.sibyl.mapper.query.InvalidOrderingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks a query against its table's key layout and indexes before it is sent, with the rules the
 * processor applies to derived repository finders.
 */
public final class QueryChecks {

  private QueryChecks() {}

  /** Checks a select's restrictions and ordering. */
  public static <T> void checkSelect(
      TableDescriptor<T> table,
      List<Restriction<T>> restrictions,
      List<Ordering<T>> orderings,
      boolean allowFiltering) {
    Map<Integer, List<Restriction<T>>> byColumn = group(table, restrictions);
    checkIn(table, byColumn);
    checkRangeBeforeEquality(table, byColumn);
    List<String> reasons = new ArrayList<>();
    boolean partitionFixed = partitionKey(table, byColumn, reasons);
    clustering(table, byColumn, partitionFixed, reasons);
    nonKey(table, byColumn, reasons);
    if (!reasons.isEmpty() && !allowFiltering) {
      throw new FilteringRequiredException(
          "Select on "
              + table.name()
              + " needs ALLOW FILTERING: "
              + reasons.get(0)
              + ", or call allowFiltering() to accept a scan");
    }
    checkOrdering(table, orderings, partitionFixed);
    boolean inOnPartition =
        restrictions.stream()
            .anyMatch(
                r -> r.operator() == Operator.IN && r.column().kind() == ColumnKind.PARTITION_KEY);
    checkIndexServed(table, restrictions, orderings, inOnPartition);
    if (!orderings.isEmpty() && inOnPartition) {
      throw new InvalidOrderingException(
          "Select on "
              + table.name()
              + " orders rows of several partitions (IN on the partition key), which Cassandra"
              + " cannot page: restrict the partition key with eq() and run one query per"
              + " partition, or drop orderBy(...) and sort client side");
    }
  }

  /**
   * Refuses what Cassandra does not do once an index serves the query: order the rows, or take
   * {@code IN} on the partition key.
   */
  private static <T> void checkIndexServed(
      TableDescriptor<T> table,
      List<Restriction<T>> restrictions,
      List<Ordering<T>> orderings,
      boolean inOnPartition) {
    ColumnRef<T, ?> indexed = null;
    for (Restriction<T> r : restrictions) {
      ColumnKind kind = r.column().kind();
      boolean nonKey = kind == ColumnKind.REGULAR || kind == ColumnKind.STATIC;
      if (nonKey && (r.column().indexType() != null || r.operator() == Operator.LIKE)) {
        indexed = r.column();
        break;
      }
    }
    if (indexed == null) {
      return;
    }
    if (!orderings.isEmpty()) {
      throw new InvalidOrderingException(
          "Select on "
              + table.name()
              + " restricts indexed column "
              + indexed.cql()
              + " and orders by "
              + orderings.get(0).column().cql()
              + ", which Cassandra refuses (an index does not return rows in clustering order):"
              + " drop orderBy(...) and sort client side, or restrict the primary key instead");
    }
    if (inOnPartition) {
      throw new InvalidRestrictionException(
          "Select on "
              + table.name()
              + " restricts indexed column "
              + indexed.cql()
              + " together with IN on the partition key, which Cassandra refuses: run one query"
              + " per partition key value with eq()");
    }
  }

  /**
   * Checks the {@code WHERE} clause of an update or delete: restrictions on key columns only, the
   * whole partition key, and (for updates, or deletes of columns) the whole primary key.
   */
  public static <T> void checkWrite(
      String statement,
      TableDescriptor<T> table,
      List<Restriction<T>> restrictions,
      boolean wholeKey) {
    Map<Integer, List<Restriction<T>>> byColumn = group(table, restrictions);
    for (Restriction<T> r : restrictions) {
      if (!r.column().table().columns().get(r.column().position()).isPrimaryKey()) {
        throw new InvalidRestrictionException(
            statement
                + " on "
                + table.name()
                + " restricts "
                + r.column().cql()
                + ", which is not part of the primary key: use onlyIf("
                + r.column().property()
                + ".eq(...)) for a condition");
      }
    }
    checkIn(table, byColumn);
    checkRangeBeforeEquality(table, byColumn);
    List<String> missing = new ArrayList<>();
    boolean open = false;
    for (int k = 0; k < table.columns().size(); k++) {
      ColumnDescriptor column = table.columns().get(k);
      List<Restriction<T>> ops = byColumn.getOrDefault(k, List.of());
      boolean fixed = ops.stream().anyMatch(QueryChecks::fixes);
      boolean range = ops.stream().anyMatch(r -> r.operator().isRange());
      if (column.kind() == ColumnKind.PARTITION_KEY && !fixed) {
        missing.add(column.cql());
      } else if (column.kind() == ColumnKind.CLUSTERING_COLUMN) {
        if (wholeKey ? !fixed : !ops.isEmpty() && open) {
          missing.add(column.cql());
        }
        open |= ops.isEmpty() || range;
      }
    }
    if (!missing.isEmpty()) {
      throw new InvalidRestrictionException(
          statement
              + " on "
              + table.name()
              + " needs "
              + (wholeKey ? "the whole primary key" : "the partition key and a clustering prefix")
              + " restricted with eq() or in(): add where(....eq(...)) for "
              + String.join(", ", missing));
    }
  }

  private static <T> Map<Integer, List<Restriction<T>>> group(
      TableDescriptor<T> table, List<Restriction<T>> restrictions) {
    Map<Integer, List<Restriction<T>>> byColumn = new LinkedHashMap<>();
    for (Restriction<T> r : restrictions) {
      if (r.column().table() != table) {
        throw new InvalidRestrictionException(
            "ColumnRef " + r.column() + " is not a column of table " + table.name());
      }
      checkNotNull(table, r);
      checkWhereForm(table, r);
      byColumn.computeIfAbsent(r.column().position(), k -> new ArrayList<>()).add(r);
    }
    return byColumn;
  }

  /**
   * Refuses in a {@code WHERE} clause what Cassandra takes in {@code IF} conditions only: a
   * condition on a collection element or a user-type field, and {@code IN} on a non-key column.
   */
  private static <T> void checkWhereForm(TableDescriptor<T> table, Restriction<T> r) {
    boolean part = !r.isOnColumn() && r.term() == null;
    ColumnKind kind = r.column().kind();
    boolean nonKeyIn =
        r.operator() == Operator.IN && (kind == ColumnKind.REGULAR || kind == ColumnKind.STATIC);
    if (part || nonKeyIn) {
      throw new InvalidRestrictionException(
          r.cql()
              + " on "
              + table.name()
              + " is refused in a WHERE clause: Cassandra takes "
              + (part ? "a condition on an element or a field" : "IN on a non-key column")
              + " in IF conditions only; pass it to onlyIf(...) of an update or delete");
    }
  }

  /** Refuses a restriction by null, which matches no row. */
  public static <T> void checkNotNull(TableDescriptor<T> table, Restriction<T> r) {
    if (r.value() == null) {
      throw new InvalidRestrictionException(
          "ColumnRef "
              + r.column().cql()
              + " of "
              + table.name()
              + " is restricted by "
              + r.operator().cql()
              + " null, which matches no row: pass a value, or drop the restriction");
    }
  }

  private static <T> void checkIn(
      TableDescriptor<T> table, Map<Integer, List<Restriction<T>>> byColumn) {
    List<ColumnDescriptor> partitionKey = columns(table, ColumnKind.PARTITION_KEY);
    ColumnDescriptor last = partitionKey.get(partitionKey.size() - 1);
    for (int k = 0; k < table.columns().size(); k++) {
      ColumnDescriptor column = table.columns().get(k);
      boolean in =
          byColumn.getOrDefault(k, List.of()).stream().anyMatch(r -> r.operator() == Operator.IN);
      if (in && column.kind() == ColumnKind.PARTITION_KEY && column != last) {
        throw new InvalidRestrictionException(
            "IN on partition key column "
                + column.cql()
                + " of "
                + table.name()
                + " is refused: only the last partition key column ("
                + last.cql()
                + ") takes IN; restrict "
                + column.cql()
                + " with eq()");
      }
    }
  }

  private static <T> void checkRangeBeforeEquality(
      TableDescriptor<T> table, Map<Integer, List<Restriction<T>>> byColumn) {
    String firstRange = null;
    for (int k = 0; k < table.columns().size(); k++) {
      ColumnDescriptor column = table.columns().get(k);
      if (column.kind() != ColumnKind.CLUSTERING_COLUMN) {
        continue;
      }
      List<Restriction<T>> ops = byColumn.getOrDefault(k, List.of());
      if (firstRange != null && ops.stream().anyMatch(r -> !r.operator().isRange())) {
        throw new InvalidRestrictionException(
            "Clustering column "
                + firstRange
                + " of "
                + table.name()
                + " has a range but "
                + column.cql()
                + " after it has an equality: restrict "
                + firstRange
                + " with eq() or in() before ranging on a later column");
      }
      if (firstRange == null && ops.stream().anyMatch(r -> r.operator().isRange())) {
        firstRange = column.cql();
      }
    }
  }

  private static <T> boolean partitionKey(
      TableDescriptor<T> table, Map<Integer, List<Restriction<T>>> byColumn, List<String> reasons) {
    List<String> missing = new ArrayList<>();
    boolean any = false;
    for (int k = 0; k < table.columns().size(); k++) {
      ColumnDescriptor column = table.columns().get(k);
      if (column.kind() != ColumnKind.PARTITION_KEY) {
        continue;
      }
      List<Restriction<T>> ops = byColumn.getOrDefault(k, List.of());
      any |= !ops.isEmpty();
      if (ops.stream().noneMatch(QueryChecks::fixes)) {
        missing.add(column.cql());
      }
    }
    if (any && !missing.isEmpty()) {
      reasons.add(
          "partition key column(s) "
              + String.join(", ", missing)
              + " are not restricted; restrict every partition key column ("
              + names(columns(table, ColumnKind.PARTITION_KEY))
              + ") with eq() or in()");
    }
    return missing.isEmpty();
  }

  private static <T> void clustering(
      TableDescriptor<T> table,
      Map<Integer, List<Restriction<T>>> byColumn,
      boolean partitionFixed,
      List<String> reasons) {
    String gap = null;
    boolean any = false;
    for (int k = 0; k < table.columns().size(); k++) {
      ColumnDescriptor column = table.columns().get(k);
      if (column.kind() != ColumnKind.CLUSTERING_COLUMN) {
        continue;
      }
      List<Restriction<T>> ops = byColumn.getOrDefault(k, List.of());
      if (ops.isEmpty()) {
        gap = gap == null ? column.cql() : gap;
        continue;
      }
      any = true;
      if (gap != null) {
        reasons.add(
            "clustering column "
                + column.cql()
                + " is restricted but "
                + gap
                + " before it is not; restrict "
                + gap
                + " too");
      }
    }
    if (any && !partitionFixed) {
      reasons.add(
          "clustering columns are restricted without the partition key; restrict "
              + names(columns(table, ColumnKind.PARTITION_KEY))
              + " with eq() or in()");
    }
  }

  private static <T> void nonKey(
      TableDescriptor<T> table, Map<Integer, List<Restriction<T>>> byColumn, List<String> reasons) {
    int secondary = 0;
    List<String> like = new ArrayList<>();
    List<String> indexed = new ArrayList<>();
    for (List<Restriction<T>> ops : byColumn.values()) {
      ColumnRef<T, ?> column = ops.get(0).column();
      if (column.kind() != ColumnKind.REGULAR && column.kind() != ColumnKind.STATIC) {
        continue;
      }
      if (ops.stream().anyMatch(r -> r.operator() == Operator.LIKE)) {
        like.add(column.cql()); // served by the column's SASI index, which LikeChecks finds
        continue;
      }
      if (column.indexType() == null) {
        reasons.add(
            "column "
                + column.cql()
                + " is not part of the primary key and has no index; add @Index to property '"
                + column.property()
                + "' or restrict the key instead");
        continue;
      }
      boolean sai = column.indexType() == IndexType.STORAGE_ATTACHED;
      secondary += sai ? 0 : 1;
      indexed.add(column.cql());
      for (Restriction<T> r : ops) {
        Operator op = r.operator();
        if (op.isRange() && !sai) {
          reasons.add(
              "the secondary index on "
                  + column.cql()
                  + " serves only equality, not "
                  + op.cql()
                  + "; use @Index(type = IndexType.STORAGE_ATTACHED) on '"
                  + column.property()
                  + "'");
        } else if (op == Operator.CONTAINS_KEY && column.indexTarget() != IndexTarget.KEYS) {
          reasons.add(
              "the index on "
                  + column.cql()
                  + " does not index the map's keys; use @Index(target = IndexTarget.KEYS) on '"
                  + column.property()
                  + "'");
        } else if (op == Operator.CONTAINS && column.indexTarget() != IndexTarget.VALUES) {
          reasons.add(
              "the index on "
                  + column.cql()
                  + " does not index the collection's values; use @Index(target ="
                  + " IndexTarget.VALUES) on '"
                  + column.property()
                  + "'");
        }
      }
    }
    if (!like.isEmpty() && like.size() + indexed.size() > 1) {
      reasons.add(likeAlone(like, indexed));
    } else if (secondary > 1) {
      reasons.add(
          "only one secondary index serves a query, and "
              + secondary
              + " indexed columns are restricted; restrict one, or use storage-attached indexes");
    }
  }

  private static String likeAlone(List<String> like, List<String> indexed) {
    List<String> all = new ArrayList<>(like);
    all.addAll(indexed);
    return "the SASI index serving LIKE on "
        + String.join(", ", like)
        + " does not combine with another index, and "
        + all.size()
        + " indexed columns are restricted ("
        + String.join(", ", all)
        + "); restrict one";
  }

  private static <T> void checkOrdering(
      TableDescriptor<T> table, List<Ordering<T>> orderings, boolean partitionFixed) {
    if (orderings.isEmpty()) {
      return;
    }
    if (!partitionFixed) {
      throw new InvalidOrderingException(
          "Ordering a select on "
              + table.name()
              + " needs every partition key column ("
              + names(columns(table, ColumnKind.PARTITION_KEY))
              + ") restricted with eq() or in()");
    }
    List<ColumnDescriptor> clustering = columns(table, ColumnKind.CLUSTERING_COLUMN);
    Boolean reversed = null;
    for (int i = 0; i < orderings.size(); i++) {
      Ordering<T> ordering = orderings.get(i);
      ColumnDescriptor column = table.columns().get(ordering.column().position());
      if (ordering.column().table() != table || clustering.indexOf(column) != i) {
        throw new InvalidOrderingException(
            "Select on "
                + table.name()
                + " orders by "
                + ordering.column().cql()
                + " at position "
                + (i + 1)
                + ": order by clustering columns in key order ("
                + names(clustering)
                + ")");
      }
      boolean flips = column.descending() != ordering.descending();
      if (reversed != null && reversed != flips) {
        throw new InvalidOrderingException(
            "Select on "
                + table.name()
                + " mixes orders: use the table's clustering order or its exact reverse");
      }
      reversed = flips;
    }
  }

  private static boolean fixes(Restriction<?> r) {
    return r.operator() == Operator.EQ || r.operator() == Operator.IN;
  }

  private static List<ColumnDescriptor> columns(TableDescriptor<?> table, ColumnKind kind) {
    return table.columns().stream().filter(c -> c.kind() == kind).toList();
  }

  private static String names(List<ColumnDescriptor> columns) {
    return columns.stream().map(ColumnDescriptor::cql).collect(Collectors.joining(", "));
  }
}
