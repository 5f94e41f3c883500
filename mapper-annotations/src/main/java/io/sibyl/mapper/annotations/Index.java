package io.sibyl.mapper.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an index on a column. The table's DDL gets a {@code CREATE INDEX} (or {@code CREATE
 * CUSTOM INDEX ... USING 'StorageAttachedIndex'}, or {@code USING
 * 'org.apache.cassandra.index.sasi.SASIIndex' WITH OPTIONS = {'mode': ...}}) statement for it, and
 * derived finders and {@link Select} clauses may then restrict the column without {@code ALLOW
 * FILTERING}: equality for a secondary index, equality and ranges for a storage-attached index, and
 * {@code LIKE} on text for a SASI index, such as {@code @Index(type = IndexType.SASI_CONTAINS)} for
 * {@code LIKE '%data%'}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Index {

  /** The index name; by default {@code <table>_<column>_idx}. */
  String name() default "";

  /** The kind of index. */
  IndexType type() default IndexType.SECONDARY;

  /** For a collection column, what is indexed: values (default), keys, entries, or the whole. */
  IndexTarget target() default IndexTarget.VALUES;

  /**
   * Index options as a CQL map, such as {@code "{'case_sensitive': 'false'}"} for a
   * storage-attached index on text, or a SASI index's analyzer options. Empty means none. A SASI
   * index's {@code mode} is not an option here: it is given by {@link #type()}.
   */
  String options() default "";
}
