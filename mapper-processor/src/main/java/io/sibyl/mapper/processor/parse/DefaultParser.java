package io.sibyl.mapper.processor.parse;

import io.sibyl.mapper.annotations.Default;
import io.sibyl.mapper.annotations.DefaultGenerator;
import io.sibyl.mapper.processor.diag.Diagnostics;
import io.sibyl.mapper.processor.diag.Message;
import io.sibyl.mapper.processor.model.ColumnModel;
import io.sibyl.mapper.processor.model.WriteRules.DefaultKind;
import io.sibyl.mapper.processor.model.WriteRules.DefaultValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * Reads {@code @Default} on a property: checks that a generator fits its Java and CQL types, and
 * that a constant parses as a value of its type.
 */
final class DefaultParser {

  private static final Pattern UUID_TEXT =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  /** A constant type: its kind, its name in messages and an example of its literal. */
  private record ConstantType(DefaultKind kind, String name, String example) {}

  private static final Map<String, ConstantType> CONSTANTS =
      Map.ofEntries(
          Map.entry("java.lang.String", new ConstantType(DefaultKind.STRING, "String", "any text")),
          Map.entry(
              "java.lang.Boolean",
              new ConstantType(DefaultKind.BOOLEAN, "Boolean", "true or false")),
          Map.entry(
              "java.lang.Byte", new ConstantType(DefaultKind.BYTE, "Byte", "a number such as 7")),
          Map.entry(
              "java.lang.Short",
              new ConstantType(DefaultKind.SHORT, "Short", "a number such as 7")),
          Map.entry(
              "java.lang.Integer",
              new ConstantType(DefaultKind.INT, "Integer", "a whole number such as 42")),
          Map.entry(
              "java.lang.Long",
              new ConstantType(DefaultKind.LONG, "Long", "a whole number such as 42")),
          Map.entry(
              "java.lang.Float",
              new ConstantType(DefaultKind.FLOAT, "Float", "a number such as 1.5")),
          Map.entry(
              "java.lang.Double",
              new ConstantType(DefaultKind.DOUBLE, "Double", "a number such as 1.5")),
          Map.entry(
              "java.math.BigDecimal",
              new ConstantType(DefaultKind.BIG_DECIMAL, "BigDecimal", "a number such as 12.50")),
          Map.entry(
              "java.math.BigInteger",
              new ConstantType(DefaultKind.BIG_INTEGER, "BigInteger", "a whole number such as 42")),
          Map.entry(
              "java.util.UUID",
              new ConstantType(
                  DefaultKind.UUID, "UUID", "a UUID such as 00000000-0000-0000-0000-000000000000")),
          Map.entry(
              "java.time.Instant",
              new ConstantType(
                  DefaultKind.INSTANT,
                  "Instant",
                  "an ISO-8601 instant such as 2024-01-01T00:00:00Z")),
          Map.entry(
              "java.time.LocalDate",
              new ConstantType(DefaultKind.LOCAL_DATE, "LocalDate", "a date such as 2024-01-31")),
          Map.entry(
              "java.time.LocalTime",
              new ConstantType(DefaultKind.LOCAL_TIME, "LocalTime", "a time such as 08:30:00")));

  private final ProcessorContext context;

  DefaultParser(ProcessorContext context) {
    this.context = context;
  }

  /** The property's default, or null when it has none or it has errors (reported). */
  DefaultValue parse(
      PropertyScanner.Property property, ColumnModel column, Diagnostics diagnostics) {
    Element element = null;
    AnnotationMirror mirror = null;
    for (Element candidate : property.annotated()) {
      if (candidate.getAnnotation(Default.class) != null) {
        element = candidate;
        mirror = MoreElements.mirror(candidate, Default.class).orElse(null);
        break;
      }
    }
    if (element == null) {
      return null;
    }
    Default annotation = element.getAnnotation(Default.class);
    AnnotationValue value = explicit(mirror, "value");
    AnnotationValue generator = explicit(mirror, "generator");
    TypeMirror type = property.type();
    if (type.getKind().isPrimitive()) {
      diagnostics.report(
          Message.DEFAULT_ON_PRIMITIVE,
          element,
          mirror,
          null,
          property.name(),
          ConstraintParser.plain(type),
          context
              .types()
              .boxedClass(context.types().getPrimitiveType(type.getKind()))
              .getSimpleName());
      return null;
    }
    boolean generated = generator != null && annotation.generator() != DefaultGenerator.NONE;
    if (value != null && generated) {
      diagnostics.report(Message.DEFAULT_AMBIGUOUS, element, mirror, null, property.name());
      return null;
    }
    if (value == null && !generated) {
      diagnostics.report(Message.DEFAULT_MISSING, element, mirror, null, property.name());
      return null;
    }
    if (generated) {
      DefaultKind kind = generatorKind(annotation.generator(), type, column.cqlTypeText());
      if (kind == null) {
        diagnostics.report(
            Message.DEFAULT_GENERATOR_TYPE,
            element,
            mirror,
            generator,
            annotation.generator().name(),
            property.name(),
            ConstraintParser.plain(type),
            column.cqlTypeText() == null ? "type given by a codec" : column.cqlTypeText(),
            generates(annotation.generator()));
        return null;
      }
      return new DefaultValue(kind, "");
    }
    return constant(property, annotation.value(), element, mirror, value, diagnostics);
  }

  private static AnnotationValue explicit(AnnotationMirror mirror, String attribute) {
    if (mirror == null) {
      return null;
    }
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(attribute)) {
        return entry.getValue();
      }
    }
    return null;
  }

  private static DefaultKind generatorKind(
      DefaultGenerator generator, TypeMirror type, String cql) {
    return switch (generator) {
      case RANDOM_UUID ->
          MoreTypes.isDeclared(type, "java.util.UUID") && "uuid".equals(cql)
              ? DefaultKind.RANDOM_UUID
              : null;
      case TIME_UUID ->
          MoreTypes.isDeclared(type, "java.util.UUID")
                  && ("uuid".equals(cql) || "timeuuid".equals(cql))
              ? DefaultKind.TIME_UUID
              : null;
      case NOW -> {
        if (MoreTypes.isDeclared(type, "java.time.Instant") && "timestamp".equals(cql)) {
          yield DefaultKind.NOW_INSTANT;
        }
        yield MoreTypes.isDeclared(type, "java.time.LocalDate") && "date".equals(cql)
            ? DefaultKind.NOW_DATE
            : null;
      }
      case NONE -> null;
    };
  }

  private static String generates(DefaultGenerator generator) {
    return switch (generator) {
      case RANDOM_UUID -> "a random java.util.UUID, for a uuid column";
      case TIME_UUID -> "a time-based java.util.UUID, for a timeuuid or uuid column";
      case NOW -> "a java.time.Instant for a timestamp column, or a LocalDate for a date column";
      case NONE -> "nothing";
    };
  }

  private DefaultValue constant(
      PropertyScanner.Property property,
      String literal,
      Element element,
      AnnotationMirror mirror,
      AnnotationValue value,
      Diagnostics diagnostics) {
    TypeMirror type = property.type();
    TypeElement typeElement = MoreTypes.element(type);
    if (typeElement != null && typeElement.getKind() == ElementKind.ENUM) {
      boolean known =
          typeElement.getEnclosedElements().stream()
              .anyMatch(
                  e ->
                      e.getKind() == ElementKind.ENUM_CONSTANT
                          && e.getSimpleName().contentEquals(literal));
      if (!known) {
        diagnostics.report(
            Message.DEFAULT_CONSTANT_UNPARSABLE,
            element,
            mirror,
            value,
            literal,
            typeElement.getSimpleName(),
            property.name(),
            "the name of one of its constants");
        return null;
      }
      return new DefaultValue(DefaultKind.ENUM, literal);
    }
    ConstantType constant =
        typeElement == null ? null : CONSTANTS.get(typeElement.getQualifiedName().toString());
    if (constant == null) {
      diagnostics.report(
          Message.DEFAULT_CONSTANT_TYPE,
          element,
          mirror,
          value,
          literal,
          property.name(),
          ConstraintParser.plain(type));
      return null;
    }
    if (!parses(constant.kind(), literal)) {
      diagnostics.report(
          Message.DEFAULT_CONSTANT_UNPARSABLE,
          element,
          mirror,
          value,
          literal,
          constant.name(),
          property.name(),
          constant.example());
      return null;
    }
    return new DefaultValue(constant.kind(), literal);
  }

  private static boolean parses(DefaultKind kind, String literal) {
    try {
      switch (kind) {
        case STRING -> {}
        case BOOLEAN -> {
          if (!literal.equals("true") && !literal.equals("false")) {
            return false;
          }
        }
        case BYTE -> Byte.parseByte(literal);
        case SHORT -> Short.parseShort(literal);
        case INT -> Integer.parseInt(literal);
        case LONG -> Long.parseLong(literal);
        case FLOAT -> {
          if (Float.isInfinite(Float.parseFloat(literal))
              || literal.strip().length() != literal.length()) {
            return false;
          }
        }
        case DOUBLE -> {
          if (Double.isInfinite(Double.parseDouble(literal))
              || literal.strip().length() != literal.length()) {
            return false;
          }
        }
        case BIG_DECIMAL -> new BigDecimal(literal);
        case BIG_INTEGER -> new BigInteger(literal);
        case UUID -> {
          return UUID_TEXT.matcher(literal).matches();
        }
        case INSTANT -> Instant.parse(literal);
        case LOCAL_DATE -> LocalDate.parse(literal);
        case LOCAL_TIME -> LocalTime.parse(literal);
        default -> {
          return false;
        }
      }
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
