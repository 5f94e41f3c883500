package io.sibyl.mapper.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value an insert writes for a property that is null: generated ({@link #generator()}) or a
 * constant ({@link #value()}). Give exactly one of the two. Updates and deletes never apply it.
 *
 * <pre>{@code
 * @PartitionKey @Default(generator = DefaultGenerator.RANDOM_UUID) UUID id;
 * @Default(generator = DefaultGenerator.NOW) Instant createdAt;
 * @Default("draft") String status;
 * @Default("3") Integer retries;
 * }</pre>
 *
 * <p>A bean gets the value set on the instance the caller passed; a record or an immutable class
 * cannot be changed, so the insert writes a copy carrying the value (the DSL's {@code
 * prepareInsert(entity)} returns that copy, for callers that need a generated key). The processor
 * checks at compile time that a generator fits the property's type and that a constant parses as
 * one; a primitive property is never null, so it cannot have a default.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Default {

  /**
   * A constant, written as its Java literal without quotes or suffix: {@code "draft"}, {@code
   * "42"}, {@code "1.5"}, {@code "true"}, an enum constant's name, a UUID, an ISO-8601 instant
   * ({@code "2024-01-01T00:00:00Z"}), date or time.
   */
  String value() default "";

  /** A value generated at each insert. */
  DefaultGenerator generator() default DefaultGenerator.NONE;
}
