package io.sibyl.mapper.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Customizes how a property maps to its column. Properties need no annotation: this one is only for
 * a name other than the naming strategy's, a CQL type other than the default, or a codec.
 *
 * <pre>{@code
 * @Column(name = "mail") String email;
 * @Column(type = "timeuuid") UUID eventId;
 * @Column(type = "counter") long views;
 * @Column(codec = MoneyCodec.class) Money price;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Column {

  /** The column name; by default the property name through the naming strategy. */
  String name() default "";

  /**
   * The CQL type, when the Java type's default is not the one wanted: {@code "timeuuid"}, {@code
   * "ascii"}, {@code "counter"}, {@code "vector<float, 3>"}, ... Empty uses the default mapping.
   */
  String type() default "";

  /**
   * A {@code io.sibyl.driver.type.codec.TypeCodec} class with a public no-argument constructor that
   * maps the property's Java type to its CQL type, for Java types Sibyl does not map by itself.
   * {@code void.class} means none.
   */
  Class<?> codec() default void.class;
}
