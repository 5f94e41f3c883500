package io.sibyl.mapper.processor.model;

/** A relation between a column and a value in a WHERE or IF clause. */
public enum Operator {
  EQ("="),
  NE("!="),
  LT("<"),
  LTE("<="),
  GT(">"),
  GTE(">="),
  IN("IN"),
  CONTAINS("CONTAINS"),
  CONTAINS_KEY("CONTAINS KEY"),
  LIKE("LIKE");

  private final String cql;

  Operator(String cql) {
    this.cql = cql;
  }

  /** The operator as written in CQL. */
  public String cql() {
    return cql;
  }

  /** Whether it is a range ({@code <, <=, >, >=}). */
  public boolean isRange() {
    return this == LT || this == LTE || this == GT || this == GTE;
  }
}
