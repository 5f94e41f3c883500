package io.sibyl.mapper.processor.parse;

import com.palantir.javapoet.ClassName;
import io.sibyl.mapper.annotations.NamingStrategy;
import io.sibyl.mapper.annotations.Udt;
import io.sibyl.mapper.processor.diag.Diagnostics;
import io.sibyl.mapper.processor.diag.Message;
import io.sibyl.mapper.processor.generate.GeneratedNames;
import io.sibyl.mapper.processor.model.ColumnModel;
import io.sibyl.mapper.processor.model.CqlNames;
import io.sibyl.mapper.processor.model.UdtModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/** Parses a {@code @Udt} type into a {@link UdtModel}, reporting every misuse. */
public final class UdtParser {

  private final ProcessorContext context;
  private final PropertyScanner scanner;
  private final ColumnParser columnParser;

  /** A parser in a processing context. */
  public UdtParser(ProcessorContext context) {
    this.context = context;
    this.scanner = new PropertyScanner(context);
    this.columnParser = new ColumnParser(context);
  }

  /** The model, or null when the type has errors (all reported to {@code diagnostics}). */
  public UdtModel parse(TypeElement type, Diagnostics diagnostics) {
    Udt udt = type.getAnnotation(Udt.class);
    NamingStrategy naming = context.options().resolve(udt.naming());
    if (!udt.name().isEmpty() && CqlNames.internalize(udt.name()) == null) {
      AnnotationMirror mirror = MoreElements.mirror(type, Udt.class).orElse(null);
      diagnostics.report(
          Message.COLUMN_NAME_INVALID,
          type,
          mirror,
          MoreElements.value(mirror, "name"),
          udt.name(),
          udt.name());
      return null;
    }
    String name = UdtNames.storedName(type, context.options());
    PropertyScanner.Shape shape = scanner.scan(type, "@Udt", diagnostics);
    if (shape == null) {
      return null;
    }
    List<ColumnModel> fields = new ArrayList<>();
    boolean failed = false;
    for (int i = 0; i < shape.properties().size(); i++) {
      PropertyScanner.Property property = shape.properties().get(i);
      String cycle = cycle(type, property.type(), new HashSet<>());
      if (cycle != null) {
        diagnostics.report(
            Message.UDT_RECURSIVE,
            property.element(),
            type.getSimpleName(),
            property.name() + cycle);
        failed = true;
        continue;
      }
      ColumnModel field = columnParser.parse(property, i, naming, name, true, diagnostics);
      failed |= field == null;
      if (field != null) {
        fields.add(field);
      }
    }
    if (failed || diagnostics.hasErrors()) {
      return null;
    }
    Map<String, ColumnModel> seen = new HashMap<>();
    for (ColumnModel field : fields) {
      ColumnModel previous = seen.putIfAbsent(field.name(), field);
      if (previous != null) {
        diagnostics.report(
            Message.COLUMN_NAME_DUPLICATE,
            shape.properties().get(field.declarationIndex()).element(),
            previous.property(),
            field.property(),
            field.cql());
        return null;
      }
    }
    List<ClassName> dependencies = new ArrayList<>();
    for (ColumnModel field : fields) {
      for (ClassName mapper : field.value().udtMappers()) {
        if (!dependencies.contains(mapper)) {
          dependencies.add(mapper);
        }
      }
    }
    return new UdtModel(
        ClassName.get(type),
        name,
        CqlNames.quoteIfNeeded(name),
        fields,
        shape.construction(),
        dependencies);
  }

  /** A description of the path by which {@code type} reaches {@code root}, or null. */
  private String cycle(TypeElement root, TypeMirror type, Set<String> visited) {
    TypeElement element = MoreTypes.element(type);
    if (element == null) {
      return null;
    }
    for (TypeMirror argument : MoreTypes.arguments(type)) {
      String nested = cycle(root, argument, visited);
      if (nested != null) {
        return nested;
      }
    }
    if (element.getAnnotation(Udt.class) == null) {
      return null;
    }
    if (element.equals(root)) {
      return "";
    }
    if (!visited.add(element.getQualifiedName().toString())) {
      return null;
    }
    PropertyScanner.Shape shape = scanner.scan(element, "@Udt", new Diagnostics());
    if (shape == null) {
      return null;
    }
    for (PropertyScanner.Property property : shape.properties()) {
      String nested = cycle(root, property.type(), visited);
      if (nested != null) {
        return " -> " + element.getSimpleName() + "." + property.name() + nested;
      }
    }
    return null;
  }

  /** The mapper class generated for a UDT type. */
  static ClassName mapperOf(TypeElement type) {
    return GeneratedNames.udt(ClassName.get(type));
  }
}
