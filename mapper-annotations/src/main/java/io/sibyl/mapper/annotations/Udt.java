package io.sibyl.mapper.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps a Java type to a user-defined type ({@code CREATE TYPE}). Such types can be used as
 * properties of {@link Table} entities and of other UDTs, alone or inside collections; they are
 * stored frozen. The same shapes as for tables are accepted (records, immutable classes,
 * JavaBeans), with {@link Column} and {@link Transient} but no key annotations.
 *
 * <p>For {@code Address}, the processor writes {@code AddressUdt} in the same package.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Udt {

  /** The type name; by default the simple class name through the naming strategy. */
  String name() default "";

  /** How property names become field names. */
  NamingStrategy naming() default NamingStrategy.DEFAULT;
}
