package io.sibyl.mapper.processor.parse;

import io.sibyl.mapper.annotations.Discriminator;
import io.sibyl.mapper.processor.diag.Diagnostics;
import io.sibyl.mapper.processor.diag.Message;
import io.sibyl.mapper.processor.model.ColumnModel;
import io.sibyl.mapper.processor.model.ColumnRole;
import io.sibyl.mapper.processor.model.DiscriminatorModel;
import io.sibyl.mapper.processor.model.IndexModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.lang.model.element.TypeElement;

/**
 * The columns of a polymorphic table: the union of its subtypes' columns, which must share the
 * primary key and agree on the columns they have in common. The discriminator column is not part of
 * it.
 */
final class ColumnUnion {

  /**
   * One parsed subtype.
   *
   * @param type the subtype
   * @param value its discriminator value
   * @param entity its columns
   */
  record Subtype(TypeElement type, String value, TableParser.Entity entity) {}

  /** A column of the union and the subtype that first declared it. */
  private record Declared(ColumnModel column, Subtype subtype) {}

  private final TypeElement base;
  private final DiscriminatorModel discriminator;
  private final Diagnostics diagnostics;
  private final Map<String, Declared> byName = new LinkedHashMap<>();

  ColumnUnion(TypeElement base, DiscriminatorModel discriminator, Diagnostics diagnostics) {
    this.base = base;
    this.discriminator = discriminator;
    this.diagnostics = diagnostics;
  }

  /** The union's columns, key first, or null when the subtypes disagree (reported). */
  List<ColumnModel> merge(List<Subtype> subtypes) {
    if (subtypes.isEmpty() || !sameKeys(subtypes)) {
      return null;
    }
    Map<String, Declared> byProperty = new LinkedHashMap<>();
    boolean failed = false;
    for (Subtype subtype : subtypes) {
      for (ColumnModel column : subtype.entity().columns()) {
        failed |= !add(subtype, column, byProperty);
      }
    }
    if (failed) {
      return null;
    }
    if (byName.values().stream().anyMatch(d -> d.column().isCounter())) {
      diagnostics.report(
          Message.COUNTER_TABLE_NON_COUNTER_COLUMN,
          base,
          MoreElements.mirror(base, Discriminator.class).orElse(null),
          null,
          discriminator.name(),
          base.getSimpleName());
      return null;
    }
    return byName.values().stream().map(Declared::column).toList();
  }

  /** A subtype's columns with the indexes that any subtype declared on them. */
  List<ColumnModel> withMergedIndexes(List<ColumnModel> columns) {
    List<ColumnModel> merged = new ArrayList<>();
    for (ColumnModel c : columns) {
      IndexModel index = byName.get(c.name()).column().index();
      merged.add(Objects.equals(index, c.index()) ? c : withIndex(c, index));
    }
    return merged;
  }

  private boolean sameKeys(List<Subtype> subtypes) {
    Subtype first = subtypes.get(0);
    List<ColumnModel> key = primaryKey(first);
    for (Subtype other : subtypes.subList(1, subtypes.size())) {
      List<ColumnModel> otherKey = primaryKey(other);
      boolean same = key.size() == otherKey.size();
      for (int i = 0; same && i < key.size(); i++) {
        ColumnModel a = key.get(i);
        ColumnModel b = otherKey.get(i);
        same =
            a.name().equals(b.name())
                && sameType(a, b)
                && a.role() == b.role()
                && a.position() == b.position()
                && a.descending() == b.descending();
      }
      if (!same) {
        diagnostics.report(
            Message.POLYMORPHIC_KEY_MISMATCH,
            other.type(),
            base.getSimpleName(),
            first.type().getSimpleName(),
            describeKey(key),
            other.type().getSimpleName(),
            describeKey(otherKey));
        return false;
      }
    }
    return true;
  }

  private boolean add(Subtype subtype, ColumnModel column, Map<String, Declared> byProperty) {
    if (column.name().equals(discriminator.name())) {
      diagnostics.report(
          Message.DISCRIMINATOR_COLUMN_CLASH,
          subtype.entity().element(column),
          column.property(),
          column.cql(),
          base.getSimpleName());
      return false;
    }
    Declared sameProperty =
        byProperty.putIfAbsent(column.property(), new Declared(column, subtype));
    if (sameProperty != null && !sameProperty.column().name().equals(column.name())) {
      diagnostics.report(
          Message.POLYMORPHIC_PROPERTY_CONFLICT,
          subtype.entity().element(column),
          column.property(),
          sameProperty.column().cql(),
          sameProperty.subtype().type().getSimpleName(),
          column.cql(),
          subtype.type().getSimpleName(),
          base.getSimpleName());
      return false;
    }
    Declared previous = byName.get(column.name());
    if (previous == null) {
      byName.put(column.name(), new Declared(column, subtype));
      return true;
    }
    ColumnModel first = previous.column();
    boolean indexesAgree =
        first.index() == null || column.index() == null || first.index().equals(column.index());
    if (!sameType(first, column) || first.role() != column.role() || !indexesAgree) {
      diagnostics.report(
          Message.POLYMORPHIC_COLUMN_CONFLICT,
          subtype.entity().element(column),
          column.cql(),
          base.getSimpleName(),
          describe(first),
          previous.subtype().type().getSimpleName(),
          describe(column),
          subtype.type().getSimpleName());
      return false;
    }
    if (first.index() == null && column.index() != null) {
      byName.put(column.name(), new Declared(withIndex(first, column.index()), previous.subtype()));
    }
    return true;
  }

  private static ColumnModel withIndex(ColumnModel c, IndexModel index) {
    return new ColumnModel(
        c.property(),
        c.name(),
        c.cql(),
        c.cqlType(),
        c.value(),
        c.role(),
        c.position(),
        c.descending(),
        c.declarationIndex(),
        c.reader(),
        c.writer(),
        index);
  }

  private static List<ColumnModel> primaryKey(Subtype subtype) {
    return subtype.entity().columns().stream().filter(c -> c.role().isKey()).toList();
  }

  private static boolean sameType(ColumnModel a, ColumnModel b) {
    return Objects.equals(typeText(a), typeText(b));
  }

  private static String typeText(ColumnModel column) {
    return column.cqlType() != null
        ? column.cqlTypeText()
        : "codec " + column.value().codecClass().canonicalName();
  }

  private static String describe(ColumnModel column) {
    String role = column.role().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    String index = column.index() == null ? "" : " indexed by " + column.index().name();
    return typeText(column) + " " + role + index;
  }

  private static String describeKey(List<ColumnModel> key) {
    String partition =
        key.stream()
            .filter(c -> c.role() == ColumnRole.PARTITION_KEY)
            .map(c -> c.cql() + " " + typeText(c))
            .collect(Collectors.joining(", "));
    List<String> parts = new ArrayList<>();
    parts.add("(" + partition + ")");
    key.stream()
        .filter(c -> c.role() == ColumnRole.CLUSTERING_COLUMN)
        .map(c -> c.cql() + " " + typeText(c) + (c.descending() ? " DESC" : ""))
        .forEach(parts::add);
    return "PRIMARY KEY (" + String.join(", ", parts) + ")";
  }
}
