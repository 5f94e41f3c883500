package io.sibyl.mapper.metamodel;

/** The operators of a {@code WHERE} or {@code IF} clause. */
public enum Operator {
  /** {@code =}. */
  EQ("="),
  /** {@code IN}, bound as one list. */
  IN("IN"),
  /** {@code >}. */
  GT(">"),
  /** {@code >=}. */
  GTE(">="),
  /** {@code <}. */
  LT("<"),
  /** {@code <=}. */
  LTE("<="),
  /** {@code CONTAINS}, on a collection's values. */
  CONTAINS("CONTAINS"),
  /** {@code CONTAINS KEY}, on a map's keys. */
  CONTAINS_KEY("CONTAINS KEY"),
  /** {@code LIKE}, on a text column with a SASI index. */
  LIKE("LIKE");

  private final String cql;

  Operator(String cql) {
    this.cql = cql;
  }

  /** The operator as written in CQL. */
  public String cql() {
    return cql;
  }

  /** Whether this is {@code >}, {@code >=}, {@code <} or {@code <=}. */
  public boolean isRange() {
    return this == GT || this == GTE || this == LT || this == LTE;
  }
}
