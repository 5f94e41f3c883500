package io.sibyl.mapper.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a {@link Table} polymorphic: several entity types share one table, told apart by a column
 * (the discriminator, {@code text} or {@code int}, see {@link #type()} and {@link #enumType()})
 * that holds each row's {@link DiscriminatorValue}.
 *
 * <p>Put it, with {@link Table}, on a sealed interface or a sealed abstract class. Each permitted
 * subtype is a record, an immutable class or a JavaBean annotated with {@link DiscriminatorValue}
 * (and not with {@link Table}); they all declare the same primary key, and columns they share have
 * the same CQL type. The table's columns are the union of theirs plus the discriminator column,
 * which carries a storage-attached index so that queries on one subtype need no {@code ALLOW
 * FILTERING}.
 *
 * <pre>{@code
 * @Table(name = "vehicles")
 * @Discriminator(column = "kind")
 * public sealed interface Vehicle permits Car, Truck {}
 *
 * @DiscriminatorValue("car")
 * public record Car(@PartitionKey String owner, @ClusteringColumn int id, int doors)
 *     implements Vehicle {}
 * }</pre>
 *
 * <p>The processor writes {@code VehicleTable} and {@code Vehicle_} (rows become {@code Car} or
 * {@code Truck}), and {@code CarTable}/{@code Car_} for each subtype (whose selects only see their
 * own rows).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Discriminator {

  /** The name of the discriminator column, as written in CQL. */
  String column() default "kind";

  /**
   * The CQL type of the discriminator column: {@code text} (the default) or {@code int}. With
   * {@link DiscriminatorType#INT}, each subtype names its value, {@code @DiscriminatorValue("2")}.
   */
  DiscriminatorType type() default DiscriminatorType.TEXT;

  /**
   * An enum whose constants are the discriminator values ({@code Void.class}, the default, for
   * none): each subtype's {@link DiscriminatorValue} must name one of its constants, by default the
   * one named after the subtype in upper snake case ({@code PICKUP_TRUCK} for {@code PickupTruck}).
   * The column is {@code text} and holds the constants' names.
   */
  Class<?> enumType() default Void.class;
}
