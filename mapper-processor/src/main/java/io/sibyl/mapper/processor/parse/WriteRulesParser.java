package io.sibyl.mapper.processor.parse;

import io.sibyl.mapper.annotations.Default;
import io.sibyl.mapper.processor.diag.Diagnostics;
import io.sibyl.mapper.processor.diag.Message;
import io.sibyl.mapper.processor.model.ColumnModel;
import io.sibyl.mapper.processor.model.TableModel;
import io.sibyl.mapper.processor.model.WriteRules;
import io.sibyl.mapper.processor.model.WriteRules.Constraint;
import io.sibyl.mapper.processor.model.WriteRules.DefaultValue;
import io.sibyl.mapper.processor.model.WriteRules.PropertyRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Reads what an entity asks of its writes: {@code @Default} on properties ({@link DefaultParser}),
 * Jakarta Bean Validation constraints, recognised by name so that the processor needs no dependency
 * ({@link ConstraintParser}), and whether it implements {@code Validatable}.
 */
public final class WriteRulesParser {

  static final String VALIDATABLE = "io.sibyl.mapper.Validatable";

  private final ProcessorContext context;
  private final ConstraintParser constraints;
  private final DefaultParser defaults;

  /** A parser in a processing context. */
  public WriteRulesParser(ProcessorContext context) {
    this.context = context;
    this.constraints = new ConstraintParser(context);
    this.defaults = new DefaultParser(context);
  }

  /**
   * The rules of a parsed entity; null when they have errors (reported to {@code diagnostics}).
   * Warnings (unsupported constraints) are reported too.
   */
  public WriteRules parse(TypeElement type, TableModel table, Diagnostics diagnostics) {
    Map<String, PropertyScanner.Property> properties = properties(type);
    if (table.isPolymorphic()) {
      refusePolymorphic(type, table, properties, diagnostics);
      return diagnostics.hasErrors() ? null : WriteRules.none(table.entity());
    }
    Diagnostics own = new Diagnostics();
    List<PropertyRules> rules = new ArrayList<>();
    for (ColumnModel column : table.columns()) {
      PropertyScanner.Property property = properties.get(column.property());
      if (property == null) {
        continue;
      }
      DefaultValue defaultValue = defaults.parse(property, column, own);
      List<Constraint> found = new ArrayList<>();
      for (Annotated annotation : annotations(property)) {
        Constraint constraint = constraints.parse(property, annotation, own);
        if (constraint != null) {
          found.add(constraint);
        }
      }
      if (defaultValue != null || !found.isEmpty()) {
        rules.add(new PropertyRules(column, defaultValue, found));
      }
    }
    diagnostics.addAll(own);
    if (own.hasErrors()) {
      return null;
    }
    return new WriteRules(table.entity(), rules, implementsHook(type));
  }

  /** An annotation mirror and the element it was found on. */
  record Annotated(AnnotationMirror mirror, Element element) {
    String qualifiedName() {
      return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    }

    String simpleName() {
      return mirror.getAnnotationType().asElement().getSimpleName().toString();
    }
  }

  /**
   * The annotations of a property, each type once (a record component's propagate to its field and
   * accessor), from the elements that describe it, then its type (for {@code TYPE_USE} ones).
   */
  static List<Annotated> annotations(PropertyScanner.Property property) {
    Set<String> seen = new LinkedHashSet<>();
    List<Annotated> all = new ArrayList<>();
    for (Element element : property.annotated()) {
      for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
        Annotated annotated = new Annotated(mirror, element);
        if (seen.add(annotated.qualifiedName())) {
          all.add(annotated);
        }
      }
    }
    for (AnnotationMirror mirror : property.type().getAnnotationMirrors()) {
      Annotated annotated = new Annotated(mirror, property.element());
      if (seen.add(annotated.qualifiedName())) {
        all.add(annotated);
      }
    }
    return all;
  }

  private boolean implementsHook(TypeElement type) {
    TypeElement hook = context.elements().getTypeElement(VALIDATABLE);
    return hook != null && context.types().isAssignable(type.asType(), hook.asType());
  }

  private Map<String, PropertyScanner.Property> properties(TypeElement type) {
    Map<String, PropertyScanner.Property> byName = new HashMap<>();
    PropertyScanner.Shape shape =
        new PropertyScanner(context).scan(type, "@Table", new Diagnostics());
    if (shape != null) {
      shape.properties().forEach(p -> byName.put(p.name(), p));
    }
    return byName;
  }

  /** Defaults, constraints and hooks on a polymorphic table (base or subtype) are errors. */
  private void refusePolymorphic(
      TypeElement base,
      TableModel table,
      Map<String, PropertyScanner.Property> baseProperties,
      Diagnostics diagnostics) {
    List<TypeElement> types = new ArrayList<>(List.of(base));
    types.addAll(Polymorphism.permittedSubtypes(base));
    for (TypeElement type : types) {
      String name = type.getSimpleName().toString();
      if (implementsHook(type)) {
        diagnostics.report(Message.WRITE_RULES_POLYMORPHIC, type, "Validatable", name);
      }
      Map<String, PropertyScanner.Property> properties =
          type.equals(base) ? baseProperties : properties(type);
      for (PropertyScanner.Property property : properties.values()) {
        for (Annotated annotation : annotations(property)) {
          boolean isDefault = annotation.qualifiedName().equals(Default.class.getName());
          if (isDefault || ConstraintParser.isConstraint(annotation)) {
            diagnostics.report(
                Message.WRITE_RULES_POLYMORPHIC,
                annotation.element(),
                annotation.mirror(),
                null,
                "@" + annotation.simpleName(),
                name + "." + property.name());
          }
        }
      }
    }
  }
}
