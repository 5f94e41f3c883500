package io.sibyl.mapper.metamodel;

import io.sibyl.driver.BoundStatement;
import java.time.Instant;
import java.util.Objects;

/**
 * A CQL function call whose result a restriction compares a column with, its argument bound as one
 * marker: {@code ID.gte(Term.minTimeuuid(from))} is {@code id >= minTimeuuid(?)}. The server
 * computes the value; {@link TimeUuids} computes the same one client side.
 *
 * @param <V> the Java type of the function's result, the type of the columns it compares with
 */
public final class Term<V> {

  private final String function;
  private final Object argument;
  private final String cqlType;

  private Term(String function, Object argument, String cqlType) {
    this.function = function;
    this.argument = argument;
    this.cqlType = cqlType;
  }

  /** {@code minTimeuuid(?)}, bound to the instant (a timestamp): for a {@code timeuuid} column. */
  public static Term<java.util.UUID> minTimeuuid(Instant instant) {
    return new Term<>("minTimeuuid", Objects.requireNonNull(instant, "instant"), "timeuuid");
  }

  /** {@code maxTimeuuid(?)}, bound to the instant (a timestamp): for a {@code timeuuid} column. */
  public static Term<java.util.UUID> maxTimeuuid(Instant instant) {
    return new Term<>("maxTimeuuid", Objects.requireNonNull(instant, "instant"), "timeuuid");
  }

  /** The term as written in CQL, with one bind marker: {@code minTimeuuid(?)}. */
  public String cql() {
    return function + "(?)";
  }

  /** The value bound to the term's marker. */
  public Object argument() {
    return argument;
  }

  /** The CQL type of the columns the term compares with. */
  public String cqlType() {
    return cqlType;
  }

  void bind(BoundStatement bs, int i) {
    bs.setObject(i, argument);
  }

  @Override
  public String toString() {
    return function + "(" + argument + ")";
  }
}
