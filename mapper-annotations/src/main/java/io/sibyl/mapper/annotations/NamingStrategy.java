package io.sibyl.mapper.annotations;

/**
 * How Java property and type names become CQL names, unless {@link Column#name()} (or {@link
 * Table#name()}, {@link Udt#name()}) says otherwise.
 */
public enum NamingStrategy {
  /**
   * Inherit: the processor's default, set with {@code -Asibyl.naming=...}, which is {@link
   * #SNAKE_CASE} unless changed.
   */
  DEFAULT,
  /**
   * {@code customerId} becomes {@code customer_id}, {@code OrderLine} becomes {@code order_line}.
   */
  SNAKE_CASE,
  /** {@code customerId} becomes {@code customerid}: what unquoted CQL does with the Java name. */
  LOWER_CASE,
  /**
   * The Java name as written, quoted in CQL when it is not all lower case: {@code "customerId"}.
   */
  EXACT
}
