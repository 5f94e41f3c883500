package io.sibyl.mapper.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a property as a clustering column. With several, each gives its position:
 * {@code @ClusteringColumn(0)}, {@code @ClusteringColumn(1)}, ... without gaps or duplicates.
 *
 * <p>{@code descending = true} stores the rows of a partition in descending order of this column
 * (the table's {@code CLUSTERING ORDER BY}), so that "latest first" reads need no reordering.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface ClusteringColumn {

  /** The column's position among the clustering columns, from 0. */
  int value() default 0;

  /** Whether rows are stored in descending order of this column. */
  boolean descending() default false;
}
