package io.sibyl.mapper.processor.parse;

import io.sibyl.mapper.annotations.Index;
import io.sibyl.mapper.annotations.IndexType;
import io.sibyl.mapper.annotations.StaticColumn;
import io.sibyl.mapper.processor.diag.Diagnostics;
import io.sibyl.mapper.processor.diag.Message;
import io.sibyl.mapper.processor.model.ColumnModel;
import io.sibyl.mapper.processor.model.ColumnRole;
import io.sibyl.mapper.processor.model.CqlType;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/** The rules that hold between the columns of one table. */
final class TableChecks {

  private static final Set<String> TEXT_TYPES = Set.of("text", "varchar", "ascii");
  private static final Pattern MODE_KEY = Pattern.compile("'mode'\\s*:", Pattern.CASE_INSENSITIVE);

  private final TypeElement type;
  private final Map<String, PropertyScanner.Property> properties;
  private final Diagnostics diagnostics;

  TableChecks(
      TypeElement type, Map<String, PropertyScanner.Property> properties, Diagnostics diagnostics) {
    this.type = type;
    this.properties = properties;
    this.diagnostics = diagnostics;
  }

  void uniqueNames(List<ColumnModel> columns) {
    Map<String, ColumnModel> seen = new HashMap<>();
    for (ColumnModel column : columns) {
      ColumnModel previous = seen.putIfAbsent(column.name(), column);
      if (previous != null) {
        diagnostics.report(
            Message.COLUMN_NAME_DUPLICATE,
            element(column),
            previous.property(),
            column.property(),
            column.cql());
      }
    }
  }

  void keyOrder(
      List<ColumnModel> columns,
      ColumnRole role,
      String annotation,
      Class<? extends Annotation> type) {
    List<ColumnModel> keys = columns.stream().filter(c -> c.role() == role).toList();
    Map<Integer, ColumnModel> byPosition = new HashMap<>();
    boolean duplicates = false;
    for (ColumnModel key : keys) {
      ColumnModel previous = byPosition.putIfAbsent(key.position(), key);
      if (previous != null) {
        duplicates = true;
        report(
            Message.KEY_ORDER_DUPLICATE,
            key,
            type,
            annotation,
            previous.property(),
            key.property(),
            key.position());
      }
    }
    if (duplicates || keys.isEmpty()) {
      return;
    }
    TreeSet<Integer> positions = new TreeSet<>(byPosition.keySet());
    for (int expected = 0; expected < keys.size(); expected++) {
      if (!positions.contains(expected)) {
        ColumnModel culprit = byPosition.get(positions.higher(expected));
        report(Message.KEY_ORDER_GAP, culprit, type, annotation, expected, positions);
        return;
      }
    }
  }

  void counters(List<ColumnModel> columns) {
    if (columns.stream().noneMatch(ColumnModel::isCounter)) {
      return;
    }
    for (ColumnModel column : columns) {
      if (column.isCounter() && column.role().isKey()) {
        diagnostics.report(Message.COUNTER_KEY_COLUMN, element(column), column.property());
      } else if (!column.isCounter() && !column.role().isKey()) {
        diagnostics.report(
            Message.COUNTER_TABLE_NON_COUNTER_COLUMN,
            element(column),
            column.property(),
            type.getSimpleName());
      }
    }
  }

  void statics(List<ColumnModel> columns) {
    boolean clustered = columns.stream().anyMatch(c -> c.role() == ColumnRole.CLUSTERING_COLUMN);
    for (ColumnModel column : columns) {
      if (column.role() == ColumnRole.STATIC && !clustered) {
        report(Message.STATIC_WITHOUT_CLUSTERING, column, StaticColumn.class, column.property());
      }
    }
  }

  void indexes(List<ColumnModel> columns) {
    List<ColumnModel> partitionKey = new ArrayList<>();
    columns.stream().filter(c -> c.role() == ColumnRole.PARTITION_KEY).forEach(partitionKey::add);
    for (ColumnModel column : columns) {
      if (column.index() == null) {
        continue;
      }
      if (partitionKey.size() == 1 && partitionKey.get(0) == column) {
        report(Message.INDEX_ON_PARTITION_KEY, column, Index.class, column.property());
      } else if (column.isCounter()) {
        report(Message.INDEX_ON_COUNTER, column, Index.class, column.property());
      } else if (options(column) && column.index().type().isSasi()) {
        sasi(column);
      }
    }
  }

  /** Whether the options of a column's index are well formed (reported when not). */
  private boolean options(ColumnModel column) {
    String options = column.index().options().trim();
    if (options.isEmpty()) {
      return true;
    }
    if (!options.startsWith("{") || !options.endsWith("}")) {
      reportOn(Message.INDEX_OPTIONS_INVALID, column, "options", column.property(), options);
      return false;
    }
    if (MODE_KEY.matcher(options).find()) {
      reportOn(Message.INDEX_MODE_IN_OPTIONS, column, "options", column.property());
      return false;
    }
    return true;
  }

  /** What Cassandra 5.0 allows a SASI index on: no partition key, no collection, mode by type. */
  private void sasi(ColumnModel column) {
    IndexType type = column.index().type();
    CqlType cqlType = column.cqlType();
    if (column.role() == ColumnRole.PARTITION_KEY) {
      reportOn(Message.INDEX_SASI_ON_PARTITION_KEY, column, "type", type.name(), column.property());
    } else if (cqlType == null) {
      return; // a codec gives the type: Cassandra checks it
    } else if (cqlType.isCollection() || cqlType.isUdt()) {
      reportOn(
          Message.INDEX_SASI_ON_COLLECTION,
          column,
          "type",
          type.name(),
          column.property(),
          column.cqlTypeText());
    } else if (type == IndexType.SASI_CONTAINS && !TEXT_TYPES.contains(cqlType.name())) {
      reportOn(
          Message.INDEX_SASI_CONTAINS_NOT_TEXT,
          column,
          "type",
          column.property(),
          column.cqlTypeText());
    } else if (type == IndexType.SASI_SPARSE && TEXT_TYPES.contains(cqlType.name())) {
      reportOn(Message.INDEX_SASI_SPARSE_ON_TEXT, column, "type", column.property());
    }
  }

  /** Reports on a column's {@code @Index}, at the value of {@code attribute} when it is set. */
  private void reportOn(Message message, ColumnModel column, String attribute, Object... args) {
    PropertyScanner.Property property = properties.get(column.property());
    for (Element element : property.annotated()) {
      AnnotationMirror mirror = MoreElements.mirror(element, Index.class).orElse(null);
      if (mirror != null) {
        diagnostics.report(message, element, mirror, MoreElements.value(mirror, attribute), args);
        return;
      }
    }
    diagnostics.report(message, property.element(), args);
  }

  private void report(
      Message message, ColumnModel column, Class<? extends Annotation> annotation, Object... args) {
    PropertyScanner.Property property = properties.get(column.property());
    for (Element element : property.annotated()) {
      AnnotationMirror mirror = MoreElements.mirror(element, annotation).orElse(null);
      if (mirror != null) {
        diagnostics.report(message, element, mirror, null, args);
        return;
      }
    }
    diagnostics.report(message, property.element(), args);
  }

  private Element element(ColumnModel column) {
    return properties.get(column.property()).element();
  }
}
