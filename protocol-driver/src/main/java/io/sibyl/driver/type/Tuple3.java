package io.sibyl.driver.type;

/**
 * A typed value of a three-component CQL tuple, such as {@code tuple<text, int, timestamp>} as
 * {@code Tuple3<String, Integer, Instant>}. Components may be null. The codec registry maps it to
 * any {@link TupleType} of three components whose types map to {@code A}, {@code B} and {@code C};
 * it travels exactly as a {@link TupleValue} of the same type does.
 *
 * @param first the first component, or null
 * @param second the second component, or null
 * @param third the third component, or null
 * @param <A> the Java type of the first component
 * @param <B> the Java type of the second component
 * @param <C> the Java type of the third component
 */
public record Tuple3<A, B, C>(A first, B second, C third) {

  /** A tuple of the three components. */
  public static <A, B, C> Tuple3<A, B, C> of(A first, B second, C third) {
    return new Tuple3<>(first, second, third);
  }
}
