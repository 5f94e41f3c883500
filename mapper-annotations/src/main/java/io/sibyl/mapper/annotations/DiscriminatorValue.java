package io.sibyl.mapper.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a permitted subtype of a {@link Discriminator} table and names the value its rows hold in
 * the discriminator column. Each permitted subtype needs it, with a value of its own.
 *
 * <pre>{@code
 * @DiscriminatorValue("car")
 * public record Car(@PartitionKey String owner, @ClusteringColumn int id, int doors)
 *     implements Vehicle {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DiscriminatorValue {

  /**
   * The value stored in the discriminator column; by default the simple class name through the
   * table's naming strategy ({@code "car"} for {@code Car}, {@code "pickup_truck"} for {@code
   * PickupTruck} with the default snake case). With an {@code int} discriminator, an integer
   * ({@code "2"}, required); with an {@link Discriminator#enumType()}, a constant's name (by
   * default {@code "PICKUP_TRUCK"} for {@code PickupTruck}).
   */
  String value() default "";
}
