package io.sibyl.mapper.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Updates a row. Either the first parameter is an entity, whose non-key columns are set (all of
 * them, or those named in {@link #columns()}) where the key is the entity's; or the parameters are
 * the full primary key plus the columns to set, matched by name.
 *
 * <p>Return types: as for {@link Insert}: {@code void}, {@code boolean} and {@code LwtResult<E>}
 * (with a condition), {@code ResultSet}, {@code BoundStatement}, and their {@code
 * CompletionStage<...>} forms.
 *
 * <pre>{@code
 * @Update void update(User user);
 * @Update(columns = "email", ifExists = true) boolean changeEmail(User user);
 * @Update(ifCondition = "version = :expected") boolean updateIf(User user, int expected);
 * @Update void rename(UUID id, String name);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Update {

  /** The property (or column) names to set; empty sets every non-key column. */
  String[] columns() default {};

  /** Adds {@code IF EXISTS} (a lightweight transaction). */
  boolean ifExists() default false;

  /** An {@code IF} condition in CQL, with named bind markers for parameters. */
  String ifCondition() default "";

  /** The time to live: a literal or a parameter ({@code ":ttl"}). */
  String ttl() default "";

  /** The write timestamp in microseconds: a literal or a parameter. */
  String timestamp() default "";

  /** The null-saving strategy of this method. */
  NullSavingStrategy nullSaving() default NullSavingStrategy.DEFAULT;
}
