package io.sibyl.mapper.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Deletes by entity (its full primary key) or by key parameters, matched by name: the full key, the
 * partition key (the whole partition), or the partition key and a clustering prefix (a range of
 * rows).
 *
 * <p>Return types: {@code void}, {@code boolean} and {@code LwtResult<E>} (with a condition),
 * {@code ResultSet}, {@code BoundStatement}, and their {@code CompletionStage<...>} forms.
 *
 * <pre>{@code
 * @Delete void delete(User user);
 * @Delete(ifExists = true) boolean deleteById(UUID id);
 * @Delete void deleteAllOf(UUID customerId);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Delete {

  /** Adds {@code IF EXISTS} (a lightweight transaction). */
  boolean ifExists() default false;

  /** An {@code IF} condition in CQL, with named bind markers for parameters. */
  String ifCondition() default "";

  /** The write timestamp in microseconds: a literal or a parameter. */
  String timestamp() default "";
}
