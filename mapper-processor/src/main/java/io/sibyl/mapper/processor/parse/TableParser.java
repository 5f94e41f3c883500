package io.sibyl.mapper.processor.parse;

import com.palantir.javapoet.ClassName;
import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.NamingStrategy;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import io.sibyl.mapper.processor.diag.Diagnostics;
import io.sibyl.mapper.processor.diag.Message;
import io.sibyl.mapper.processor.model.ColumnModel;
import io.sibyl.mapper.processor.model.ColumnRole;
import io.sibyl.mapper.processor.model.CqlNames;
import io.sibyl.mapper.processor.model.TableModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/** Parses a {@code @Table} type into a {@link TableModel}, reporting every misuse. */
public final class TableParser {

  private static final Pattern OPTION = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*\\s*=\\s*\\S.*");

  private final ProcessorContext context;
  private final PropertyScanner scanner;
  private final ColumnParser columnParser;

  /** A parser in a processing context. */
  public TableParser(ProcessorContext context) {
    this.context = context;
    this.scanner = new PropertyScanner(context);
    this.columnParser = new ColumnParser(context);
  }

  /** The model, or null when the type has errors (all reported to {@code diagnostics}). */
  public TableModel parse(TypeElement type, Diagnostics diagnostics) {
    Table table = type.getAnnotation(Table.class);
    AnnotationMirror mirror = MoreElements.mirror(type, Table.class).orElse(null);
    NamingStrategy naming = context.options().resolve(table.naming());
    String name = name(type, table, naming, mirror, diagnostics);
    String keyspace = keyspace(type, table, mirror, diagnostics);
    PropertyScanner.Shape shape = scanner.scan(type, "@Table", diagnostics);
    if (shape == null || name == null || keyspace == null) {
      return null;
    }
    List<ColumnModel> columns = new ArrayList<>();
    boolean failed = false;
    for (int i = 0; i < shape.properties().size(); i++) {
      ColumnModel column =
          columnParser.parse(shape.properties().get(i), i, naming, name, false, diagnostics);
      failed |= column == null;
      if (column != null) {
        columns.add(column);
      }
    }
    checkOptions(type, table, mirror, diagnostics);
    if (failed || diagnostics.hasErrors()) {
      return null;
    }
    Map<String, PropertyScanner.Property> byName = new HashMap<>();
    shape.properties().forEach(p -> byName.put(p.name(), p));
    TableChecks checks = new TableChecks(type, byName, diagnostics);
    checks.uniqueNames(columns);
    checks.keyOrder(columns, ColumnRole.PARTITION_KEY, "PartitionKey", PartitionKey.class);
    checks.keyOrder(
        columns, ColumnRole.CLUSTERING_COLUMN, "ClusteringColumn", ClusteringColumn.class);
    if (columns.stream().noneMatch(c -> c.role() == ColumnRole.PARTITION_KEY)) {
      diagnostics.report(Message.TABLE_MISSING_PARTITION_KEY, type);
    }
    checks.counters(columns);
    checks.statics(columns);
    checks.indexes(columns);
    if (diagnostics.hasErrors()) {
      return null;
    }
    return new TableModel(
        ClassName.get(type),
        name,
        CqlNames.quoteIfNeeded(name),
        keyspace,
        ordered(columns),
        shape.construction(),
        table.nullSaving(),
        table.defaultTtl(),
        compaction(table.compaction()),
        List.of(table.options()),
        udts(columns));
  }

  private static List<ColumnModel> ordered(List<ColumnModel> columns) {
    Comparator<ColumnModel> byRole =
        Comparator.comparingInt(
            c ->
                switch (c.role()) {
                  case PARTITION_KEY -> 0;
                  case CLUSTERING_COLUMN -> 1;
                  default -> 2;
                });
    Comparator<ColumnModel> order =
        byRole.thenComparingInt(c -> c.role().isKey() ? c.position() : c.declarationIndex());
    return columns.stream().sorted(order).toList();
  }

  private static List<ClassName> udts(List<ColumnModel> columns) {
    List<ClassName> udts = new ArrayList<>();
    for (ColumnModel column : columns) {
      for (ClassName mapper : column.value().udtMappers()) {
        if (!udts.contains(mapper)) {
          udts.add(mapper);
        }
      }
    }
    return udts;
  }

  private String name(
      TypeElement type,
      Table table,
      NamingStrategy naming,
      AnnotationMirror mirror,
      Diagnostics diagnostics) {
    if (table.name().isEmpty()) {
      return NamingStrategies.apply(naming, type.getSimpleName().toString());
    }
    String internal = CqlNames.internalize(table.name());
    if (internal == null) {
      diagnostics.report(
          Message.COLUMN_NAME_INVALID,
          type,
          mirror,
          MoreElements.value(mirror, "name"),
          table.name(),
          table.name());
    }
    return internal;
  }

  private static String keyspace(
      Element type, Table table, AnnotationMirror mirror, Diagnostics diagnostics) {
    if (table.keyspace().isEmpty()) {
      return "";
    }
    String internal = CqlNames.internalize(table.keyspace());
    if (internal == null) {
      diagnostics.report(
          Message.COLUMN_NAME_INVALID,
          type,
          mirror,
          MoreElements.value(mirror, "keyspace"),
          table.keyspace(),
          table.keyspace());
      return null;
    }
    return CqlNames.quoteIfNeeded(internal);
  }

  private static void checkOptions(
      Element type, Table table, AnnotationMirror mirror, Diagnostics diagnostics) {
    if (table.defaultTtl() < 0) {
      diagnostics.report(
          Message.TABLE_OPTION_INVALID,
          type,
          mirror,
          MoreElements.value(mirror, "defaultTtl"),
          "defaultTtl",
          "a TTL is a number of seconds, 0 or more");
    }
    for (String option : table.options()) {
      if (!OPTION.matcher(option.trim()).matches()) {
        diagnostics.report(
            Message.TABLE_OPTION_INVALID,
            type,
            mirror,
            MoreElements.value(mirror, "options"),
            "\"" + option + "\"",
            "write each option as name = value, such as \"gc_grace_seconds = 3600\"");
      }
    }
  }

  private static String compaction(String compaction) {
    String trimmed = compaction.trim();
    if (trimmed.isEmpty() || trimmed.startsWith("{")) {
      return trimmed;
    }
    return "{'class': '" + trimmed.replace("'", "''") + "'}";
  }
}
