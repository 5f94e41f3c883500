package io.sibyl.mapper.processor.parse;

import com.palantir.javapoet.TypeName;
import io.sibyl.mapper.processor.diag.Diagnostics;
import io.sibyl.mapper.processor.diag.Message;
import io.sibyl.mapper.processor.model.WriteRules.Check;
import io.sibyl.mapper.processor.model.WriteRules.Constraint;
import io.sibyl.mapper.processor.model.WriteRules.Shape;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Turns one Jakarta Bean Validation annotation (or its {@code javax} twin) on a property into a
 * {@link Constraint}: checks that it fits the property's type and reads its attributes. Other
 * constraints (built-in ones Sibyl does not check, {@code @Valid}, custom {@code @Constraint}
 * annotations) are a warning.
 */
final class ConstraintParser {

  private static final List<String> PACKAGES =
      List.of("jakarta.validation.constraints.", "javax.validation.constraints.");
  private static final Set<String> VALID =
      Set.of("jakarta.validation.Valid", "javax.validation.Valid");
  private static final Set<String> META =
      Set.of("jakarta.validation.Constraint", "javax.validation.Constraint");

  private static final Set<Shape> NUMBERS =
      EnumSet.of(Shape.PRIMITIVE_NUMBER, Shape.BOXED_NUMBER, Shape.BIG_DECIMAL, Shape.BIG_INTEGER);
  private static final Set<Shape> SIZED = EnumSet.of(Shape.CHARS, Shape.COLLECTION, Shape.ARRAY);
  private static final Set<Shape> BOOLEANS =
      EnumSet.of(Shape.PRIMITIVE_BOOLEAN, Shape.BOXED_BOOLEAN);
  private static final String NUMBERS_TEXT =
      "byte, short, int, long, float, double, their wrappers, BigDecimal and BigInteger";

  private final ProcessorContext context;

  ConstraintParser(ProcessorContext context) {
    this.context = context;
  }

  /** Whether an annotation is a constraint: built in, {@code @Valid}, or a custom one. */
  static boolean isConstraint(WriteRulesParser.Annotated annotation) {
    String name = annotation.qualifiedName();
    if (PACKAGES.stream().anyMatch(name::startsWith) || VALID.contains(name)) {
      return true;
    }
    TypeElement type = (TypeElement) annotation.mirror().getAnnotationType().asElement();
    return type.getAnnotationMirrors().stream()
        .anyMatch(
            m ->
                META.contains(
                    ((TypeElement) m.getAnnotationType().asElement())
                        .getQualifiedName()
                        .toString()));
  }

  /**
   * The constraint of an annotation; null when it is not a supported constraint (a warning when it
   * is an unsupported one) or when it has errors (reported).
   */
  Constraint parse(
      PropertyScanner.Property property,
      WriteRulesParser.Annotated annotation,
      Diagnostics diagnostics) {
    if (!isConstraint(annotation)) {
      return null;
    }
    String name = annotation.simpleName();
    Check check =
        PACKAGES.stream().anyMatch(annotation.qualifiedName()::startsWith) ? check(name) : null;
    if (check == null) {
      diagnostics.report(
          Message.VALIDATION_UNSUPPORTED_CONSTRAINT,
          annotation.element(),
          annotation.mirror(),
          null,
          name,
          property.name());
      return null;
    }
    Shape shape = shape(property.type());
    String applies = appliesTo(check, shape);
    if (applies != null) {
      diagnostics.report(
          Message.VALIDATION_WRONG_TYPE,
          annotation.element(),
          annotation.mirror(),
          null,
          name,
          property.name(),
          plain(property.type()),
          applies);
      return null;
    }
    if (check == Check.NOT_NULL && shape == Shape.PRIMITIVE_NUMBER
        || check == Check.NOT_NULL && shape == Shape.PRIMITIVE_BOOLEAN
        || check == Check.NOT_NULL && shape == Shape.OTHER_PRIMITIVE) {
      return null; // a primitive is never null
    }
    Map<String, AnnotationValue> values = values(annotation.mirror());
    long min = 0;
    long max = 0;
    String regexp = null;
    int flags = 0;
    switch (check) {
      case SIZE -> {
        min = ((Number) values.get("min").getValue()).longValue();
        max = ((Number) values.get("max").getValue()).longValue();
        if (min < 0 || max < min) {
          diagnostics.report(
              Message.VALIDATION_INVALID_SIZE,
              annotation.element(),
              annotation.mirror(),
              null,
              min,
              max,
              property.name());
          return null;
        }
      }
      case MIN -> min = ((Number) values.get("value").getValue()).longValue();
      case MAX -> max = ((Number) values.get("value").getValue()).longValue();
      case PATTERN, EMAIL -> {
        regexp = (String) values.get("regexp").getValue();
        flags = flags(values.get("flags"));
        try {
          Pattern.compile(regexp, flags);
        } catch (PatternSyntaxException e) {
          diagnostics.report(
              Message.VALIDATION_INVALID_PATTERN,
              annotation.element(),
              annotation.mirror(),
              annotation.mirror().getElementValues().entrySet().stream()
                  .filter(v -> v.getKey().getSimpleName().contentEquals("regexp"))
                  .map(Map.Entry::getValue)
                  .findFirst()
                  .orElse(null),
              name,
              regexp,
              property.name(),
              e.getDescription());
          return null;
        }
        if (check == Check.EMAIL && regexp.equals(".*")) {
          regexp = null;
        }
      }
      default -> {}
    }
    String message = message(check, (String) values.get("message").getValue(), values);
    return new Constraint(name, check, shape, min, max, regexp, flags, message);
  }

  private static Check check(String simpleName) {
    return switch (simpleName) {
      case "NotNull" -> Check.NOT_NULL;
      case "NotBlank" -> Check.NOT_BLANK;
      case "NotEmpty" -> Check.NOT_EMPTY;
      case "Size" -> Check.SIZE;
      case "Min" -> Check.MIN;
      case "Max" -> Check.MAX;
      case "Positive" -> Check.POSITIVE;
      case "PositiveOrZero" -> Check.POSITIVE_OR_ZERO;
      case "Negative" -> Check.NEGATIVE;
      case "NegativeOrZero" -> Check.NEGATIVE_OR_ZERO;
      case "Pattern" -> Check.PATTERN;
      case "Email" -> Check.EMAIL;
      case "AssertTrue" -> Check.ASSERT_TRUE;
      case "AssertFalse" -> Check.ASSERT_FALSE;
      default -> null;
    };
  }

  /** Null when the constraint fits the shape; else the types it applies to, for the message. */
  private static String appliesTo(Check check, Shape shape) {
    return switch (check) {
      case NOT_NULL -> null;
      case NOT_BLANK, PATTERN, EMAIL ->
          shape == Shape.CHARS ? null : "String and other CharSequence types";
      case NOT_EMPTY, SIZE ->
          SIZED.contains(shape)
              ? null
              : "String and other CharSequence types, collections, maps" + " and arrays";
      case MIN, MAX, POSITIVE, POSITIVE_OR_ZERO, NEGATIVE, NEGATIVE_OR_ZERO ->
          NUMBERS.contains(shape) ? null : NUMBERS_TEXT;
      case ASSERT_TRUE, ASSERT_FALSE -> BOOLEANS.contains(shape) ? null : "boolean and Boolean";
    };
  }

  private Shape shape(TypeMirror type) {
    TypeKind kind = type.getKind();
    switch (kind) {
      case BYTE, SHORT, INT, LONG, FLOAT, DOUBLE -> {
        return Shape.PRIMITIVE_NUMBER;
      }
      case BOOLEAN -> {
        return Shape.PRIMITIVE_BOOLEAN;
      }
      case ARRAY -> {
        return Shape.ARRAY;
      }
      case DECLARED -> {}
      default -> {
        return kind.isPrimitive() ? Shape.OTHER_PRIMITIVE : Shape.OTHER_REFERENCE;
      }
    }
    for (String boxed :
        List.of(
            "java.lang.Byte",
            "java.lang.Short",
            "java.lang.Integer",
            "java.lang.Long",
            "java.lang.Float",
            "java.lang.Double")) {
      if (MoreTypes.isDeclared(type, boxed)) {
        return Shape.BOXED_NUMBER;
      }
    }
    if (MoreTypes.isDeclared(type, "java.lang.Boolean")) {
      return Shape.BOXED_BOOLEAN;
    }
    if (MoreTypes.isDeclared(type, "java.math.BigDecimal")) {
      return Shape.BIG_DECIMAL;
    }
    if (MoreTypes.isDeclared(type, "java.math.BigInteger")) {
      return Shape.BIG_INTEGER;
    }
    if (isSubtype(type, "java.lang.CharSequence")) {
      return Shape.CHARS;
    }
    if (isSubtype(type, "java.util.Collection") || isSubtype(type, "java.util.Map")) {
      return Shape.COLLECTION;
    }
    return Shape.OTHER_REFERENCE;
  }

  private boolean isSubtype(TypeMirror type, String qualifiedName) {
    TypeElement element = context.elements().getTypeElement(qualifiedName);
    return element != null
        && context
            .types()
            .isAssignable(context.types().erasure(type), context.types().erasure(element.asType()));
  }

  private Map<String, AnnotationValue> values(AnnotationMirror mirror) {
    Map<String, AnnotationValue> values = new HashMap<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        context.elements().getElementValuesWithDefaults(mirror).entrySet()) {
      values.put(entry.getKey().getSimpleName().toString(), entry.getValue());
    }
    return values;
  }

  private static int flags(AnnotationValue value) {
    int flags = 0;
    if (value == null) {
      return 0;
    }
    for (Object item : (List<?>) value.getValue()) {
      Object flag = ((AnnotationValue) item).getValue();
      String name = ((VariableElement) flag).getSimpleName().toString();
      flags |=
          switch (name) {
            case "UNIX_LINES" -> Pattern.UNIX_LINES;
            case "CASE_INSENSITIVE" -> Pattern.CASE_INSENSITIVE;
            case "COMMENTS" -> Pattern.COMMENTS;
            case "MULTILINE" -> Pattern.MULTILINE;
            case "DOTALL" -> Pattern.DOTALL;
            case "UNICODE_CASE" -> Pattern.UNICODE_CASE;
            case "CANON_EQ" -> Pattern.CANON_EQ;
            default -> 0;
          };
    }
    return flags;
  }

  /**
   * The message: the annotation's own unless it is a resource-bundle key ({@code {...}}), then
   * Sibyl's English one; {@code {min}}, {@code {max}}, {@code {value}} and {@code {regexp}} are
   * replaced by the annotation's values.
   */
  private static String message(Check check, String given, Map<String, AnnotationValue> values) {
    String message =
        given != null && !(given.startsWith("{") && given.endsWith("}"))
            ? given
            : switch (check) {
              case NOT_NULL -> "must not be null";
              case NOT_BLANK -> "must not be blank";
              case NOT_EMPTY -> "must not be empty";
              case SIZE -> "size must be between {min} and {max}";
              case MIN -> "must be greater than or equal to {value}";
              case MAX -> "must be less than or equal to {value}";
              case POSITIVE -> "must be greater than 0";
              case POSITIVE_OR_ZERO -> "must be greater than or equal to 0";
              case NEGATIVE -> "must be less than 0";
              case NEGATIVE_OR_ZERO -> "must be less than or equal to 0";
              case PATTERN -> "must match \"{regexp}\"";
              case EMAIL -> "must be a well-formed email address";
              case ASSERT_TRUE -> "must be true";
              case ASSERT_FALSE -> "must be false";
            };
    for (String attribute : List.of("min", "max", "value", "regexp")) {
      AnnotationValue value = values.get(attribute);
      if (value != null) {
        message = message.replace("{" + attribute + "}", String.valueOf(value.getValue()));
      }
    }
    return message;
  }

  /** A type as written, without its type-use annotations ({@code @Min(1) int} is {@code int}). */
  static String plain(TypeMirror type) {
    return TypeName.get(type).withoutAnnotations().toString();
  }
}
