package io.sibyl.mapper.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a CQL statement written by hand. Bind markers are either all named ({@code :id}, matching
 * parameter names) or all positional ({@code ?}, matching parameters in order). The processor
 * parses the statement: its table must be a mapped one (unless qualified with another keyspace),
 * every column it names must exist, and every marker must have its parameter.
 *
 * <p>An unqualified table name is qualified with the keyspace the mapper resolves for the entity.
 * Rows are read by column name, so {@code SELECT *} and partial selections both map to the entity.
 *
 * <p>Return types: those of {@link Select}, plus {@code long} (the first column of the first row,
 * as for {@code SELECT count(*)}), {@code boolean} ({@code [applied]} for conditional writes, else
 * whether a row came back), {@code LwtResult<E>} and {@code void}.
 *
 * <pre>{@code
 * @Query("SELECT * FROM users WHERE id IN :ids") List<User> findByIds(List<UUID> ids);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Query {

  /** The CQL statement. */
  String value();
}
