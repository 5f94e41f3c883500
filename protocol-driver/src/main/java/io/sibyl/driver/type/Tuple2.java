package io.sibyl.driver.type;

/**
 * A typed value of a two-component CQL tuple, such as {@code tuple<int, text>} as {@code
 * Tuple2<Integer, String>}. Components may be null (a CQL tuple component can be). The codec
 * registry maps it to any {@link TupleType} of two components whose types map to {@code A} and
 * {@code B}; it travels exactly as a {@link TupleValue} of the same type does.
 *
 * @param first the first component, or null
 * @param second the second component, or null
 * @param <A> the Java type of the first component
 * @param <B> the Java type of the second component
 */
public record Tuple2<A, B>(A first, B second) {

  /** A tuple of the two components. */
  public static <A, B> Tuple2<A, B> of(A first, B second) {
    return new Tuple2<>(first, second);
  }
}
