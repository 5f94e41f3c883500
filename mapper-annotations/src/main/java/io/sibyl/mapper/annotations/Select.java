package io.sibyl.mapper.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Selects entities. Without {@link #where()}, the parameters are the primary key's leading columns,
 * matched by name, in key order: the full key, the partition key, or the partition key and a
 * clustering prefix. With {@link #where()}, the clause is written in CQL with named bind markers
 * that name the parameters. The processor checks the restrictions against the key layout and the
 * indexes, and refuses those that need {@code ALLOW FILTERING} unless {@link #allowFiltering()} is
 * set.
 *
 * <p>Return types: the entity (null when none), {@code Optional<E>}, {@code List<E>}, {@code
 * Stream<E>}, {@code PagingIterable<E>} (pages on demand; its paging state resumes a later query),
 * the driver's {@code ResultSet}, a {@code BoundStatement}, or these in a {@code
 * CompletionStage<...>} ({@code AsyncPage<E>} for pages).
 *
 * <pre>{@code
 * @Select Optional<Order> findById(UUID customerId, Instant orderDate);
 * @Select(where = "customer_id = :customerId AND order_date >= :from", limit = "100")
 * List<Order> findRecent(UUID customerId, Instant from);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Select {

  /**
   * The {@code WHERE} clause without the keyword, with named bind markers ({@code :name}) for the
   * parameters. Empty derives it from the parameters.
   */
  String where() default "";

  /** The {@code LIMIT}: a literal ({@code "10"}) or a parameter ({@code ":limit"}). */
  String limit() default "";

  /** The {@code PER PARTITION LIMIT}: a literal or a parameter. */
  String perPartitionLimit() default "";

  /**
   * The ordering, as clustering columns with a direction: {@code {"order_date DESC"}}. Only the
   * table's clustering order or its exact reverse is possible.
   */
  String[] orderBy() default {};

  /** Adds {@code ALLOW FILTERING}, which lets restrictions scan data that no key or index finds. */
  boolean allowFiltering() default false;
}
