package io.sibyl.mapper.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * What an entity asks of its writes: {@code @Default} values for null properties, Jakarta Bean
 * Validation constraints, and its own {@code Validatable} hook.
 *
 * @param entity the entity class
 * @param properties the columns with a default or a constraint, in column order
 * @param hook whether the entity implements {@code io.sibyl.mapper.Validatable}
 */
public record WriteRules(ClassName entity, List<PropertyRules> properties, boolean hook) {

  /** Copies the list. */
  public WriteRules {
    properties = List.copyOf(properties);
  }

  /** Rules of nothing: the generated table adds no code. */
  public static WriteRules none(ClassName entity) {
    return new WriteRules(entity, List.of(), false);
  }

  /** Whether any property has a default. */
  public boolean hasDefaults() {
    return properties.stream().anyMatch(p -> p.defaultValue() != null);
  }

  /** Whether anything is checked before a write. */
  public boolean hasChecks() {
    return hook || properties.stream().anyMatch(p -> !p.constraints().isEmpty());
  }

  /**
   * The rules of one column.
   *
   * @param column the column
   * @param defaultValue its default, or null
   * @param constraints its constraints, in declaration order
   */
  public record PropertyRules(
      ColumnModel column, DefaultValue defaultValue, List<Constraint> constraints) {

    /** Copies the list. */
    public PropertyRules {
      constraints = List.copyOf(constraints);
    }
  }

  /**
   * A {@code @Default}: generated or constant.
   *
   * @param kind what produces the value
   * @param literal the constant as written (empty for generators)
   */
  public record DefaultValue(DefaultKind kind, String literal) {}

  /** What produces a default value. */
  public enum DefaultKind {
    RANDOM_UUID,
    TIME_UUID,
    NOW_INSTANT,
    NOW_DATE,
    STRING,
    BOOLEAN,
    BYTE,
    SHORT,
    INT,
    LONG,
    FLOAT,
    DOUBLE,
    BIG_DECIMAL,
    BIG_INTEGER,
    UUID,
    INSTANT,
    LOCAL_DATE,
    LOCAL_TIME,
    ENUM
  }

  /**
   * One supported constraint on a property.
   *
   * @param name the constraint's simple name ({@code NotBlank})
   * @param check what is checked
   * @param shape the property's kind of value, which decides the code
   * @param min the lower bound ({@code @Size} min, {@code @Min} value)
   * @param max the upper bound ({@code @Size} max, {@code @Max} value)
   * @param regexp the regular expression of {@code @Pattern}/{@code @Email}, or null
   * @param flags the {@code java.util.regex.Pattern} flags
   * @param message the message, placeholders filled
   */
  public record Constraint(
      String name,
      Check check,
      Shape shape,
      long min,
      long max,
      String regexp,
      int flags,
      String message) {}

  /** What a constraint checks. */
  public enum Check {
    NOT_NULL,
    NOT_BLANK,
    NOT_EMPTY,
    SIZE,
    MIN,
    MAX,
    POSITIVE,
    POSITIVE_OR_ZERO,
    NEGATIVE,
    NEGATIVE_OR_ZERO,
    PATTERN,
    EMAIL,
    ASSERT_TRUE,
    ASSERT_FALSE
  }

  /** The kinds of values constraints tell apart. */
  public enum Shape {
    PRIMITIVE_NUMBER,
    BOXED_NUMBER,
    BIG_DECIMAL,
    BIG_INTEGER,
    CHARS,
    COLLECTION,
    ARRAY,
    PRIMITIVE_BOOLEAN,
    BOXED_BOOLEAN,
    OTHER_REFERENCE,
    OTHER_PRIMITIVE
  }
}
