package io.sibyl.mapper.processor.parse;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.Column;
import io.sibyl.mapper.annotations.Index;
import io.sibyl.mapper.annotations.NamingStrategy;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.StaticColumn;
import io.sibyl.mapper.processor.diag.Diagnostics;
import io.sibyl.mapper.processor.diag.Message;
import io.sibyl.mapper.processor.model.ColumnModel;
import io.sibyl.mapper.processor.model.ColumnRole;
import io.sibyl.mapper.processor.model.CqlNames;
import io.sibyl.mapper.processor.model.IndexModel;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Turns one scanned property into a column (or UDT field), reporting what is wrong with it. */
public final class ColumnParser {

  private static final String TYPE_CODEC = "io.sibyl.driver.type.codec.TypeCodec";

  private final ProcessorContext context;
  private final CqlTypeResolver resolver;

  /** A parser in a processing context. */
  public ColumnParser(ProcessorContext context) {
    this.context = context;
    this.resolver = new CqlTypeResolver(context);
  }

  /** An annotation found on one of a property's elements, with where it was found. */
  record Found<A extends Annotation>(A annotation, Element element, AnnotationMirror mirror) {}

  /**
   * Parses a property; null when it has errors (reported).
   *
   * @param tableName the table's (or UDT's) stored name, for default index names
   * @param inUdt whether the property belongs to a UDT (no key or static roles)
   */
  public ColumnModel parse(
      PropertyScanner.Property property,
      int declarationIndex,
      NamingStrategy naming,
      String tableName,
      boolean inUdt,
      Diagnostics diagnostics) {
    Found<PartitionKey> partitionKey = find(property, PartitionKey.class);
    Found<ClusteringColumn> clustering = find(property, ClusteringColumn.class);
    Found<StaticColumn> staticColumn = find(property, StaticColumn.class);
    Found<Column> column = find(property, Column.class);
    Found<Index> index = find(property, Index.class);
    if (inUdt) {
      for (Found<?> found : Arrays.asList(partitionKey, clustering, staticColumn)) {
        if (found != null) {
          diagnostics.report(
              Message.UDT_KEY_ANNOTATION,
              found.element(),
              found.mirror(),
              null,
              found.annotation().annotationType().getSimpleName(),
              property.name());
          return null;
        }
      }
    }
    ColumnRole role = role(property, partitionKey, clustering, staticColumn, diagnostics);
    if (role == null) {
      return null;
    }
    String name = columnName(property, column, naming, diagnostics);
    if (name == null) {
      return null;
    }
    TypeMirror codec = null;
    if (column != null) {
      CodecChoice choice = codec(column, diagnostics);
      if (choice.invalid()) {
        return null;
      }
      codec = choice.type();
    }
    String override = column == null ? "" : column.annotation().type().trim();
    CqlTypeResolver.Resolved resolved;
    try {
      resolved = resolver.resolve(property.type(), override, codec, property.name());
    } catch (CqlTypeResolver.Failure failure) {
      Message message = failure.message();
      if (override.equalsIgnoreCase("counter") && message == Message.COLUMN_TYPE_MISMATCH) {
        diagnostics.report(
            Message.COUNTER_COLUMN_TYPE, property.element(), property.name(), property.type());
      } else if (column != null && message != Message.COLUMN_UNSUPPORTED_TYPE) {
        diagnostics.report(
            message,
            column.element(),
            column.mirror(),
            MoreElements.value(column.mirror(), "type"),
            failure.args());
      } else {
        diagnostics.report(message, property.element(), failure.args());
      }
      return null;
    }
    int position = 0;
    boolean descending = false;
    if (partitionKey != null) {
      position = partitionKey.annotation().value();
    } else if (clustering != null) {
      position = clustering.annotation().value();
      descending = clustering.annotation().descending();
    }
    IndexModel indexModel = null;
    if (index != null) {
      String indexName =
          index.annotation().name().isEmpty()
              ? tableName + "_" + name + "_idx"
              : index.annotation().name();
      indexModel =
          new IndexModel(
              CqlNames.quoteIfNeeded(indexName),
              index.annotation().type(),
              index.annotation().options(),
              index.annotation().target());
    }
    return new ColumnModel(
        property.name(),
        name,
        CqlNames.quoteIfNeeded(name),
        resolved.cqlType(),
        resolved.access(),
        role,
        position,
        descending,
        declarationIndex,
        property.reader(),
        property.writer(),
        indexModel);
  }

  private ColumnRole role(
      PropertyScanner.Property property,
      Found<PartitionKey> partitionKey,
      Found<ClusteringColumn> clustering,
      Found<StaticColumn> staticColumn,
      Diagnostics diagnostics) {
    List<String> roles = new ArrayList<>();
    if (partitionKey != null) {
      roles.add("@PartitionKey");
    }
    if (clustering != null) {
      roles.add("@ClusteringColumn");
    }
    if (roles.size() > 1) {
      diagnostics.report(
          Message.KEY_CONFLICTING_ANNOTATIONS,
          property.element(),
          property.name(),
          String.join(" and ", roles));
      return null;
    }
    if (staticColumn != null && !roles.isEmpty()) {
      diagnostics.report(
          Message.STATIC_KEY_COLUMN,
          staticColumn.element(),
          staticColumn.mirror(),
          null,
          property.name());
      return null;
    }
    if (partitionKey != null) {
      return ColumnRole.PARTITION_KEY;
    }
    if (clustering != null) {
      return ColumnRole.CLUSTERING_COLUMN;
    }
    return staticColumn != null ? ColumnRole.STATIC : ColumnRole.REGULAR;
  }

  private String columnName(
      PropertyScanner.Property property,
      Found<Column> column,
      NamingStrategy naming,
      Diagnostics diagnostics) {
    if (column == null || column.annotation().name().isEmpty()) {
      return NamingStrategies.apply(naming, property.name());
    }
    String written = column.annotation().name();
    String internal = CqlNames.internalize(written);
    if (internal == null) {
      diagnostics.report(
          Message.COLUMN_NAME_INVALID,
          column.element(),
          column.mirror(),
          MoreElements.value(column.mirror(), "name"),
          written,
          written);
    }
    return internal;
  }

  /** The codec named by {@code @Column(codec)}: none (null type), valid, or invalid. */
  private record CodecChoice(TypeMirror type, boolean invalid) {}

  private CodecChoice codec(Found<Column> column, Diagnostics diagnostics) {
    TypeMirror codec = MoreElements.classValue(() -> column.annotation().codec());
    if (codec.getKind() == TypeKind.VOID) {
      return new CodecChoice(null, false);
    }
    TypeElement codecElement = MoreTypes.element(codec);
    TypeElement typeCodec = context.elements().getTypeElement(TYPE_CODEC);
    boolean valid =
        codecElement != null
            && typeCodec != null
            && codecElement.getKind() == ElementKind.CLASS
            && codecElement.getModifiers().contains(Modifier.PUBLIC)
            && !codecElement.getModifiers().contains(Modifier.ABSTRACT)
            && context
                .types()
                .isAssignable(
                    context.types().erasure(codec), context.types().erasure(typeCodec.asType()))
            && codecElement.getEnclosedElements().stream()
                .filter(e -> e.getKind() == ElementKind.CONSTRUCTOR)
                .anyMatch(
                    c ->
                        c.getModifiers().contains(Modifier.PUBLIC)
                            && ((ExecutableElement) c).getParameters().isEmpty());
    if (!valid) {
      diagnostics.report(
          Message.CODEC_INVALID,
          column.element(),
          column.mirror(),
          MoreElements.value(column.mirror(), "codec"),
          codec);
      return new CodecChoice(null, true);
    }
    return new CodecChoice(codec, false);
  }

  private static <A extends Annotation> Found<A> find(
      PropertyScanner.Property property, Class<A> type) {
    for (Element element : property.annotated()) {
      A annotation = element.getAnnotation(type);
      if (annotation != null) {
        return new Found<>(annotation, element, MoreElements.mirror(element, type).orElse(null));
      }
    }
    return null;
  }
}
