package io.sibyl.mapper.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a property as (part of) the partition key. With several partition key columns, each gives
 * its position: {@code @PartitionKey(0)}, {@code @PartitionKey(1)}, ... without gaps or duplicates.
 * With a single one the position may be left out.
 *
 * <p>Place it on a record component, a field, or a getter.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface PartitionKey {

  /** The column's position in the partition key, from 0. */
  int value() default 0;
}
