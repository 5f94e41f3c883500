package io.sibyl.mapper.processor.parse;

import com.palantir.javapoet.ClassName;
import io.sibyl.mapper.annotations.Discriminator;
import io.sibyl.mapper.annotations.DiscriminatorType;
import io.sibyl.mapper.annotations.DiscriminatorValue;
import io.sibyl.mapper.annotations.NamingStrategy;
import io.sibyl.mapper.annotations.Table;
import io.sibyl.mapper.processor.diag.Diagnostics;
import io.sibyl.mapper.processor.diag.Message;
import io.sibyl.mapper.processor.model.ColumnModel;
import io.sibyl.mapper.processor.model.CqlNames;
import io.sibyl.mapper.processor.model.DiscriminatorModel;
import io.sibyl.mapper.processor.model.TableModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * Parses the base of a polymorphic table ({@code @Table @Discriminator}): checks that it is sealed,
 * parses each permitted subtype as an entity of the shared table, and merges their columns with
 * {@link ColumnUnion}. The result is the base's {@link TableModel}, whose discriminator lists the
 * subtypes' models.
 */
final class PolymorphicTableParser {

  private final TableParser tables;

  PolymorphicTableParser(TableParser tables) {
    this.tables = tables;
  }

  /** The base's model, or null when the hierarchy has errors (reported). */
  TableModel parse(TypeElement base, TableParser.Settings settings, Diagnostics diagnostics) {
    if (!checkBase(base, diagnostics)) {
      return null;
    }
    DiscriminatorModel discriminator = discriminator(base, settings, diagnostics);
    if (discriminator == null) {
      return null;
    }
    List<ColumnUnion.Subtype> subtypes = new ArrayList<>();
    Map<String, TypeElement> byValue = new HashMap<>();
    boolean failed = false;
    for (TypeElement subtype : Polymorphism.permittedSubtypes(base)) {
      ColumnUnion.Subtype parsed = subtype(base, subtype, settings, byValue, diagnostics);
      failed |= parsed == null;
      if (parsed != null) {
        subtypes.add(parsed);
      }
    }
    if (failed) {
      return null;
    }
    ColumnUnion union = new ColumnUnion(base, discriminator, diagnostics);
    List<ColumnModel> columns = union.merge(subtypes);
    if (columns == null) {
      return null;
    }
    List<TableModel> models = new ArrayList<>();
    for (ColumnUnion.Subtype subtype : subtypes) {
      models.add(
          TableParser.model(
              ClassName.get(subtype.type()),
              settings,
              union.withMergedIndexes(subtype.entity().columns()),
              subtype.entity().construction(),
              discriminator.forSubtype(subtype.value())));
    }
    return TableParser.model(
        ClassName.get(base),
        settings,
        columns,
        null,
        new DiscriminatorModel(
            discriminator.name(),
            discriminator.cql(),
            discriminator.indexName(),
            discriminator.cqlType(),
            discriminator.base(),
            null,
            models));
  }

  private static boolean checkBase(TypeElement base, Diagnostics diagnostics) {
    boolean abstractClass =
        base.getKind() == ElementKind.CLASS && base.getModifiers().contains(Modifier.ABSTRACT);
    if ((base.getKind() != ElementKind.INTERFACE && !abstractClass)
        || !base.getModifiers().contains(Modifier.SEALED)) {
      String name = base.getSimpleName().toString();
      diagnostics.report(Message.POLYMORPHIC_BASE_NOT_SEALED, base, name, name, name);
      return false;
    }
    return PropertyScanner.checkAccessible(base, "@Table", diagnostics);
  }

  private static DiscriminatorModel discriminator(
      TypeElement base, TableParser.Settings settings, Diagnostics diagnostics) {
    String written = base.getAnnotation(Discriminator.class).column();
    String name = CqlNames.internalize(written);
    if (name == null) {
      AnnotationMirror mirror = MoreElements.mirror(base, Discriminator.class).orElse(null);
      diagnostics.report(
          Message.COLUMN_NAME_INVALID,
          base,
          mirror,
          MoreElements.value(mirror, "column"),
          written,
          written);
      return null;
    }
    Discriminator annotation = base.getAnnotation(Discriminator.class);
    TypeElement enumType = enumType(base);
    if (enumType != null
        && (enumType.getKind() != ElementKind.ENUM
            || annotation.type() != DiscriminatorType.TEXT)) {
      AnnotationMirror mirror = MoreElements.mirror(base, Discriminator.class).orElse(null);
      diagnostics.report(
          Message.DISCRIMINATOR_ENUM_TYPE_INVALID,
          base,
          mirror,
          MoreElements.value(mirror, "enumType"),
          enumType.getSimpleName(),
          enumType.getKind() != ElementKind.ENUM
              ? "is not an enum"
              : "needs type = DiscriminatorType.TEXT (constants are stored by name)");
      return null;
    }
    return new DiscriminatorModel(
        name,
        CqlNames.quoteIfNeeded(name),
        CqlNames.quoteIfNeeded(settings.name() + "_" + name + "_idx"),
        annotation.type() == DiscriminatorType.INT ? "int" : "text",
        ClassName.get(base),
        null,
        List.of());
  }

  /** The {@code enumType} of the base's {@code @Discriminator}, or null when it names none. */
  private static TypeElement enumType(TypeElement base) {
    TypeMirror type =
        MoreElements.classValue(() -> base.getAnnotation(Discriminator.class).enumType());
    TypeElement element = MoreTypes.element(type);
    return element == null || element.getQualifiedName().contentEquals("java.lang.Void")
        ? null
        : element;
  }

  /**
   * The subtype's value as written in CQL, or null when it does not fit the discriminator's type
   * (reported).
   */
  private static String checkedValue(
      TypeElement base,
      TypeElement subtype,
      DiscriminatorValue annotation,
      TableParser.Settings settings,
      Diagnostics diagnostics) {
    String written = annotation.value();
    String expected;
    Discriminator discriminator = base.getAnnotation(Discriminator.class);
    TypeElement enumType = enumType(base);
    if (discriminator.type() == DiscriminatorType.INT) {
      try {
        return String.valueOf(Integer.parseInt(written.trim()));
      } catch (NumberFormatException e) {
        expected = "an integer, as the discriminator column of " + settings.name() + " is int";
      }
    } else if (enumType != null) {
      String value =
          written.isEmpty()
              ? NamingStrategies.apply(
                      NamingStrategy.SNAKE_CASE, subtype.getSimpleName().toString())
                  .toUpperCase(Locale.ROOT)
              : written;
      List<String> constants =
          enumType.getEnclosedElements().stream()
              .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
              .map(e -> e.getSimpleName().toString())
              .toList();
      if (constants.contains(value)) {
        return value;
      }
      written = value;
      expected =
          "a constant of " + enumType.getSimpleName() + " (" + String.join(", ", constants) + ")";
    } else {
      return written.isEmpty()
          ? NamingStrategies.apply(settings.naming(), subtype.getSimpleName().toString())
          : written;
    }
    AnnotationMirror mirror = MoreElements.mirror(subtype, DiscriminatorValue.class).orElse(null);
    diagnostics.report(
        Message.DISCRIMINATOR_VALUE_INVALID,
        subtype,
        mirror,
        MoreElements.value(mirror, "value"),
        written,
        subtype.getSimpleName(),
        expected);
    return null;
  }

  private ColumnUnion.Subtype subtype(
      TypeElement base,
      TypeElement subtype,
      TableParser.Settings settings,
      Map<String, TypeElement> byValue,
      Diagnostics diagnostics) {
    String defaultValue =
        NamingStrategies.apply(settings.naming(), subtype.getSimpleName().toString());
    DiscriminatorValue annotation = subtype.getAnnotation(DiscriminatorValue.class);
    if (annotation == null) {
      diagnostics.report(
          Message.DISCRIMINATOR_VALUE_MISSING,
          subtype,
          subtype.getSimpleName(),
          base.getSimpleName(),
          defaultValue);
      return null;
    }
    if (subtype.getAnnotation(Table.class) != null) {
      diagnostics.report(
          Message.POLYMORPHIC_SUBTYPE_TABLE,
          subtype,
          MoreElements.mirror(subtype, Table.class).orElse(null),
          null,
          subtype.getSimpleName(),
          base.getSimpleName(),
          subtype.getSimpleName());
      return null;
    }
    String value = checkedValue(base, subtype, annotation, settings, diagnostics);
    if (value == null) {
      return null;
    }
    TypeElement previous = byValue.putIfAbsent(value, subtype);
    if (previous != null) {
      AnnotationMirror mirror = MoreElements.mirror(subtype, DiscriminatorValue.class).orElse(null);
      diagnostics.report(
          Message.DISCRIMINATOR_VALUE_DUPLICATE,
          subtype,
          mirror,
          MoreElements.value(mirror, "value"),
          previous.getSimpleName(),
          subtype.getSimpleName(),
          value,
          settings.name());
      return null;
    }
    TableParser.Entity entity =
        tables.entity(subtype, "@DiscriminatorValue", settings, diagnostics);
    return entity == null ? null : new ColumnUnion.Subtype(subtype, value, entity);
  }
}
