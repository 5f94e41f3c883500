package io.sibyl.mapper.query;

import io.sibyl.driver.BoundStatement;

/**
 * A bound on the token of the partition key, such as {@code token(sensor, day) > ?}: made by {@link
 * Token#gt(long)} and its siblings, for {@link SelectQuery#where(Relation[])}.
 *
 * @param <T> the entity type
 */
public final class TokenRestriction<T> extends Relation<T> {

  private final Token<T> token;
  private final Operator operator;
  private final long value;

  TokenRestriction(Token<T> token, Operator operator, long value) {
    this.token = token;
    this.operator = operator;
    this.value = value;
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
  int bindAt(BoundStatement bs, int i) {
    bs.setLong(i, value);
    return i + 1;
  }

  @Override
  public String toString() {
    return token.cql() + " " + operator.cql() + " " + value;
  }
}
