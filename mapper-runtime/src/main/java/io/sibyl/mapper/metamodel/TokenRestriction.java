package io.sibyl.mapper.metamodel;

import io.sibyl.driver.BoundStatement;
import java.util.Objects;

/**
 * A bound on the token of the partition key, such as {@code token(sensor, day) > ?}: made by {@link
 * Token#gt(long)} and its siblings, for {@code SelectQuery.where(...)}.
 *
 * @param <T> the entity type
 */
public final class TokenRestriction<T> extends Relation<T> {

  private final Token<T> token;
  private final Operator operator;
  private final long value;

  private TokenRestriction(Token<T> token, Operator operator, long value) {
    this.token = token;
    this.operator = operator;
    this.value = value;
  }

  /**
   * A bound on {@code token} (for {@link Token#gt(long)} and its siblings, which queries take it
   * from).
   *
   * @param operator {@code >}, {@code >=}, {@code <} or {@code <=}
   * @throws IllegalArgumentException if the operator is not a range
   * @throws InvalidRestrictionException if an upper bound is {@link Long#MIN_VALUE}
   */
  public static <T> TokenRestriction<T> of(Token<T> token, Operator operator, long value) {
    Objects.requireNonNull(token, "token");
    if (!operator.isRange()) {
      throw new IllegalArgumentException(
          "A token bound takes >, >=, < or <=, got " + operator.cql() + " on " + token.cql());
    }
    boolean upper = operator == Operator.LT || operator == Operator.LTE;
    if (upper && value == Long.MIN_VALUE) {
      throw new InvalidRestrictionException(
          token.cql()
              + " "
              + operator.cql()
              + " "
              + value
              + " on "
              + token.table().name()
              + " is refused: Cassandra reads the minimum token as an upper bound as the end of"
              + " the ring and would return every partition; give a bound above Long.MIN_VALUE");
    }
    return new TokenRestriction<>(token, operator, value);
  }

  /** The token function of the table's partition key. */
  public Token<T> token() {
    return token;
  }

  /** The operator: {@code >}, {@code >=}, {@code <} or {@code <=}. */
  public Operator operator() {
    return operator;
  }

  /** The bound, a Murmur3 token. */
  public long value() {
    return value;
  }

  /** Whether this is a lower bound ({@code >} or {@code >=}). */
  public boolean isLowerBound() {
    return operator == Operator.GT || operator == Operator.GTE;
  }

  @Override
  public String cql() {
    return token.cql() + " " + operator.cql() + " ?";
  }

  @Override
  public int bindAt(BoundStatement bs, int i) {
    bs.setLong(i, value);
    return i + 1;
  }

  @Override
  public String toString() {
    return token.cql() + " " + operator.cql() + " " + value;
  }
}
