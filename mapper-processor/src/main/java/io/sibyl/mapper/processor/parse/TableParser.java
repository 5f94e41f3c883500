package io.sibyl.mapper.processor.parse;

import com.palantir.javapoet.ClassName;
import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.Discriminator;
import io.sibyl.mapper.annotations.NamingStrategy;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import io.sibyl.mapper.processor.diag.Diagnostics;
import io.sibyl.mapper.processor.diag.Message;
import io.sibyl.mapper.processor.model.ColumnModel;
import io.sibyl.mapper.processor.model.ColumnRole;
import io.sibyl.mapper.processor.model.Construction;
import io.sibyl.mapper.processor.model.CqlNames;
import io.sibyl.mapper.processor.model.DiscriminatorModel;
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

/**
 * Parses a {@code @Table} type into a {@link TableModel}, reporting every misuse; polymorphic
 * tables ({@code @Discriminator}) are handed to {@link PolymorphicTableParser}.
 */
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

  /**
   * What the {@code @Table} annotation says for the whole table.
   *
   * @param table the annotation
   * @param naming the resolved naming strategy
   * @param name the table name as stored
   * @param keyspace the keyspace in CQL form, or empty
   */
  record Settings(Table table, NamingStrategy naming, String name, String keyspace) {}

  /**
   * The columns of one mapped type, checked as a table.
   *
   * @param columns the columns, key first
   * @param construction how rows become instances
   * @param properties the scanned properties by name, for placing diagnostics
   */
  record Entity(
      List<ColumnModel> columns,
      Construction construction,
      Map<String, PropertyScanner.Property> properties) {

    /** Where the diagnostics of a column go. */
    Element element(ColumnModel column) {
      return properties.get(column.property()).element();
    }
  }

  /** The model, or null when the type has errors (all reported to {@code diagnostics}). */
  public TableModel parse(TypeElement type, Diagnostics diagnostics) {
    Table table = type.getAnnotation(Table.class);
    AnnotationMirror mirror = MoreElements.mirror(type, Table.class).orElse(null);
    NamingStrategy naming = context.options().resolve(table.naming());
    String name = name(type, table, naming, mirror, diagnostics);
    String keyspace = keyspace(type, table, mirror, diagnostics);
    if (type.getAnnotation(Discriminator.class) != null) {
      checkOptions(type, table, mirror, diagnostics);
      if (name == null || keyspace == null || diagnostics.hasErrors()) {
        return null;
      }
      return new PolymorphicTableParser(this)
          .parse(type, new Settings(table, naming, name, keyspace), diagnostics);
    }
    Settings settings = new Settings(table, naming, name, keyspace);
    Entity entity = entity(type, "@Table", settings, diagnostics);
    checkOptions(type, table, mirror, diagnostics);
    if (entity == null || name == null || keyspace == null || diagnostics.hasErrors()) {
      return null;
    }
    return model(ClassName.get(type), settings, entity.columns(), entity.construction(), null);
  }

  /**
   * Scans a type annotated with {@code annotation} and checks its columns as those of a table; null
   * when it has errors (reported to {@code diagnostics}).
   */
  Entity entity(TypeElement type, String annotation, Settings settings, Diagnostics diagnostics) {
    Diagnostics own = new Diagnostics();
    Entity entity = checkedEntity(type, annotation, settings, own);
    diagnostics.addAll(own);
    return own.hasErrors() ? null : entity;
  }

  private Entity checkedEntity(
      TypeElement type, String annotation, Settings settings, Diagnostics diagnostics) {
    PropertyScanner.Shape shape = scanner.scan(type, annotation, diagnostics);
    if (shape == null) {
      return null;
    }
    List<ColumnModel> columns = new ArrayList<>();
    for (int i = 0; i < shape.properties().size(); i++) {
      ColumnModel column =
          columnParser.parse(
              shape.properties().get(i), i, settings.naming(), settings.name(), false, diagnostics);
      if (column != null) {
        columns.add(column);
      }
    }
    if (diagnostics.hasErrors()) {
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
    return new Entity(ordered(columns), shape.construction(), byName);
  }

  /** The model of a table from its settings and checked columns. */
  static TableModel model(
      ClassName entity,
      Settings settings,
      List<ColumnModel> columns,
      Construction construction,
      DiscriminatorModel discriminator) {
    Table table = settings.table();
    return new TableModel(
        entity,
        settings.name(),
        CqlNames.quoteIfNeeded(settings.name()),
        settings.keyspace(),
        columns,
        construction,
        table.nullSaving(),
        table.defaultTtl(),
        compaction(table.compaction()),
        List.of(table.options()),
        udts(columns),
        discriminator);
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
