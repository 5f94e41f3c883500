package io.sibyl.mapper.processor.parse.method;

import io.sibyl.mapper.annotations.IndexTarget;
import io.sibyl.mapper.annotations.IndexType;
import io.sibyl.mapper.processor.diag.Message;
import io.sibyl.mapper.processor.model.ColumnModel;
import io.sibyl.mapper.processor.model.ColumnRole;
import io.sibyl.mapper.processor.model.Operator;
import io.sibyl.mapper.processor.model.TableModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks a select's restrictions against the table's key layout and indexes, the way Cassandra
 * will: what it can serve directly, what needs {@code ALLOW FILTERING}, and what it refuses.
 */
public final class RestrictionChecker {

  /** One restricted column. */
  public record Restriction(ColumnModel column, Operator operator) {}

  /** A diagnostic to report on the method: its message and arguments. */
  public record Finding(Message message, Object[] args) {}

  private RestrictionChecker() {}

  /**
   * The findings of a select named {@code method} restricting {@code restrictions}: errors that
   * make it impossible or that need filtering not asked for, and warnings for slow shapes.
   */
  public static List<Finding> check(
      String method, TableModel table, List<Restriction> restrictions, boolean allowFiltering) {
    List<Finding> findings = new ArrayList<>();
    Map<ColumnModel, List<Operator>> byColumn = new LinkedHashMap<>();
    for (Restriction r : restrictions) {
      byColumn.computeIfAbsent(r.column(), c -> new ArrayList<>()).add(r.operator());
    }
    List<ColumnModel> clustering = table.clusteringColumns();
    ColumnModel firstRange = null;
    for (ColumnModel column : clustering) {
      List<Operator> ops = byColumn.getOrDefault(column, List.of());
      if (firstRange != null && ops.stream().anyMatch(o -> o == Operator.EQ || o == Operator.IN)) {
        findings.add(
            new Finding(
                Message.SELECT_RANGE_BEFORE_EQUALITY,
                new Object[] {method, firstRange.cql(), column.cql()}));
        return findings;
      }
      if (firstRange == null && ops.stream().anyMatch(Operator::isRange)) {
        firstRange = column;
      }
    }
    List<String[]> reasons = new ArrayList<>();
    boolean partitionRestricted = partitionKey(table, byColumn, reasons);
    clustering(table, byColumn, partitionRestricted, reasons);
    nonKey(table, byColumn, reasons);
    if (!reasons.isEmpty()) {
      String[] first = reasons.get(0);
      if (!allowFiltering) {
        findings.add(
            new Finding(
                Message.SELECT_NEEDS_ALLOW_FILTERING, new Object[] {method, first[0], first[1]}));
        return findings;
      }
    }
    if (allowFiltering) {
      findings.add(new Finding(Message.ALLOW_FILTERING_SCAN, new Object[] {method}));
    } else if (restrictions.isEmpty()) {
      findings.add(new Finding(Message.FULL_TABLE_SCAN, new Object[] {method}));
    }
    boolean inOnPartition =
        table.partitionKey().stream()
            .anyMatch(c -> byColumn.getOrDefault(c, List.of()).contains(Operator.IN));
    if (inOnPartition) {
      findings.add(new Finding(Message.MULTI_PARTITION_IN, new Object[] {method}));
    }
    return findings;
  }

  /** Whether every partition key column is restricted by = or IN; adds reasons when partly. */
  private static boolean partitionKey(
      TableModel table, Map<ColumnModel, List<Operator>> byColumn, List<String[]> reasons) {
    List<ColumnModel> missing = new ArrayList<>();
    boolean any = false;
    for (ColumnModel column : table.partitionKey()) {
      List<Operator> ops = byColumn.getOrDefault(column, List.of());
      any |= !ops.isEmpty();
      if (ops.stream().noneMatch(o -> o == Operator.EQ || o == Operator.IN)) {
        missing.add(column);
      }
      if (ops.stream().anyMatch(o -> o != Operator.EQ && o != Operator.IN)) {
        reasons.add(
            new String[] {
              "partition key column "
                  + column.cql()
                  + " is restricted by something other than = or IN",
              "restrict it with = or IN"
            });
      }
    }
    if (any && !missing.isEmpty()) {
      reasons.add(
          new String[] {
            "partition key column(s) " + names(missing) + " are not restricted",
            "restrict every partition key column (" + names(table.partitionKey()) + ") with = or IN"
          });
    }
    return missing.isEmpty();
  }

  private static void clustering(
      TableModel table,
      Map<ColumnModel, List<Operator>> byColumn,
      boolean partitionRestricted,
      List<String[]> reasons) {
    ColumnModel gap = null;
    boolean any = false;
    for (ColumnModel column : table.clusteringColumns()) {
      List<Operator> ops = byColumn.getOrDefault(column, List.of());
      if (ops.isEmpty()) {
        gap = gap == null ? column : gap;
        continue;
      }
      any = true;
      if (gap != null) {
        reasons.add(
            new String[] {
              "clustering column "
                  + column.cql()
                  + " is restricted but "
                  + gap.cql()
                  + " before it is not",
              "restrict " + gap.cql() + " too, or reorder the clustering columns"
            });
      }
      if (ops.stream().anyMatch(o -> o != Operator.EQ && o != Operator.IN && !o.isRange())) {
        reasons.add(
            new String[] {
              "clustering column " + column.cql() + " is restricted by " + ops,
              "use =, IN or a range"
            });
      }
    }
    if (any && !partitionRestricted) {
      reasons.add(
          new String[] {
            "clustering columns are restricted without the partition key",
            "restrict the partition key (" + names(table.partitionKey()) + ") with = or IN"
          });
    }
  }

  private static void nonKey(
      TableModel table, Map<ColumnModel, List<Operator>> byColumn, List<String[]> reasons) {
    int secondary = 0;
    for (Map.Entry<ColumnModel, List<Operator>> entry : byColumn.entrySet()) {
      ColumnModel column = entry.getKey();
      if (column.role() != ColumnRole.REGULAR && column.role() != ColumnRole.STATIC) {
        continue;
      }
      if (column.index() == null) {
        reasons.add(
            new String[] {
              "column " + column.cql() + " is not part of the primary key and has no index",
              "add @Index to property '"
                  + column.property()
                  + "', restrict the key instead, or ask"
                  + " for ALLOW FILTERING explicitly"
            });
        continue;
      }
      boolean sai = column.index().type() == IndexType.STORAGE_ATTACHED;
      secondary += sai ? 0 : 1;
      for (Operator op : entry.getValue()) {
        if (op.isRange() && !sai) {
          reasons.add(
              new String[] {
                "the secondary index on " + column.cql() + " serves only equality, not " + op.cql(),
                "use @Index(type = IndexType.STORAGE_ATTACHED) on '" + column.property() + "'"
              });
        } else if (op == Operator.CONTAINS_KEY && column.index().target() != IndexTarget.KEYS) {
          reasons.add(
              new String[] {
                "the index on " + column.cql() + " does not index the map's keys",
                "use @Index(target = IndexTarget.KEYS) on '" + column.property() + "'"
              });
        } else if (op == Operator.CONTAINS && column.index().target() != IndexTarget.VALUES) {
          reasons.add(
              new String[] {
                "the index on " + column.cql() + " does not index the collection's values",
                "use @Index(target = IndexTarget.VALUES) on '" + column.property() + "'"
              });
        } else if (op == Operator.NE || op == Operator.IN && !sai) {
          reasons.add(
              new String[] {
                "the index on " + column.cql() + " cannot serve " + op.cql(),
                "restrict it with = instead"
              });
        }
      }
    }
    if (secondary > 1) {
      reasons.add(
          new String[] {
            "only one secondary index serves a query, and "
                + secondary
                + " indexed columns are"
                + " restricted",
            "restrict one indexed column, or use storage-attached indexes"
          });
    }
  }

  private static String names(List<ColumnModel> columns) {
    return columns.stream().map(ColumnModel::cql).collect(Collectors.joining(", "));
  }

  /**
   * The reason an ordering is invalid, or null when it is valid: only clustering columns, in key
   * order from the first, all in the declared order or all reversed, with the partition key
   * restricted.
   */
  public static String checkOrdering(
      TableModel table, List<String> columns, List<Boolean> descending, boolean partitionFixed) {
    if (!partitionFixed) {
      return "ordering needs every partition key column restricted with = or IN";
    }
    List<ColumnModel> clustering = table.clusteringColumns();
    Boolean reversed = null;
    for (int i = 0; i < columns.size(); i++) {
      ColumnModel column = table.byCqlName(columns.get(i)).orElse(null);
      if (column == null || column.role() != ColumnRole.CLUSTERING_COLUMN) {
        return "'"
            + columns.get(i)
            + "' is not a clustering column of "
            + table.cql()
            + " (clustering columns: "
            + names(clustering)
            + ")";
      }
      if (clustering.indexOf(column) != i) {
        return "clustering columns must be ordered in key order, starting with "
            + clustering.get(0).cql();
      }
      boolean flips = column.descending() != descending.get(i);
      if (reversed != null && reversed != flips) {
        return "the order must be the table's clustering order or its exact reverse";
      }
      reversed = flips;
    }
    return null;
  }
}
