package io.sibyl.mapper.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Inserts an entity: the method's first parameter. Further parameters may be named by {@link
 * #ttl()} or {@link #timestamp()}, or be {@link CallOption}s.
 *
 * <p>Return types: {@code void}; {@code boolean} (whether it was applied, with {@code
 * ifNotExists}); {@code LwtResult<E>} (applied, or the row that exists); the driver's {@code
 * ResultSet}; a {@code BoundStatement} that is not executed (to batch it); or any of these in a
 * {@code CompletionStage<...>} (with {@code Void} for {@code void}).
 *
 * <pre>{@code
 * @Insert void save(User user);
 * @Insert(ifNotExists = true) boolean saveIfAbsent(User user);
 * @Insert(ttl = ":ttl") void saveFor(User user, int ttl);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Insert {

  /** Adds {@code IF NOT EXISTS} (a lightweight transaction; not idempotent). */
  boolean ifNotExists() default false;

  /**
   * The time to live: seconds as a literal ({@code "3600"}) or a parameter ({@code ":ttl"}). Empty
   * uses the table's default.
   */
  String ttl() default "";

  /**
   * The write timestamp in microseconds: a literal or a parameter ({@code ":ts"}). Empty lets the
   * session choose.
   */
  String timestamp() default "";

  /** The null-saving strategy of this method. */
  NullSavingStrategy nullSaving() default NullSavingStrategy.DEFAULT;
}
