package io.sibyl.mapper.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps a Java type to a Cassandra table. The type may be a record, an immutable class with a
 * constructor that takes every mapped property, a JavaBean (no-argument constructor and setters),
 * or any of those extending a mapped superclass whose properties become columns too.
 *
 * <p>Every non-static, non-{@link Transient} property is a column. At least one must be a {@link
 * PartitionKey}. For {@code User}, the processor writes {@code UserTable} (columns, CQL types, key
 * layout, DDL, row codec) in the same package.
 *
 * <pre>{@code
 * @Table(name = "orders", defaultTtl = 86400)
 * public record Order(@PartitionKey UUID customerId,
 *                     @ClusteringColumn(descending = true) Instant orderDate,
 *                     BigDecimal total) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Table {

  /** The table name; by default the simple class name through the naming strategy. */
  String name() default "";

  /**
   * The keyspace. When empty, the repository's keyspace, then the {@code Mapper}'s, then the
   * session's is used.
   */
  String keyspace() default "";

  /**
   * The named connection (a session registered with {@code io.sibyl.mapper.Connections.register})
   * that this entity's table lives on, like cqlengine's {@code __connection__}. When empty, the
   * {@code Mapper}'s session. With a connection and no {@link #keyspace()}, the named session's own
   * keyspace is used.
   */
  String connection() default "";

  /** How property names become column (and default table) names. */
  NamingStrategy naming() default NamingStrategy.DEFAULT;

  /** What inserts and updates do with null properties, unless the repository or method says. */
  NullSavingStrategy nullSaving() default NullSavingStrategy.DEFAULT;

  /** The table's {@code default_time_to_live} in seconds; 0 means none. */
  int defaultTtl() default 0;

  /**
   * The compaction strategy: a class name such as {@code "LeveledCompactionStrategy"}, or a full
   * CQL map such as {@code "{'class': 'TimeWindowCompactionStrategy', 'compaction_window_size':
   * 1}"}. Empty leaves the server's default.
   */
  String compaction() default "";

  /**
   * Further table options as CQL, one per element, such as {@code "gc_grace_seconds = 3600"}. They
   * are appended to the {@code WITH} clause of the DDL.
   */
  String[] options() default {};
}
