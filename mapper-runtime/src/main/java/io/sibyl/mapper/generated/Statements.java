package io.sibyl.mapper.generated;

import io.sibyl.driver.BoundStatement;
import io.sibyl.mapper.QueryOptions;

/** Binding helpers for generated code. */
public final class Statements {

  private Statements() {}

  /**
   * Applies per-call options to a statement and binds their TTL, if any, at {@code ttlIndex} (a
   * {@code USING TTL ?} marker; -1 when the statement has none). A null {@code options} changes
   * nothing.
   */
  public static BoundStatement withOptions(
      BoundStatement statement, QueryOptions options, int ttlIndex) {
    if (options == null) {
      return statement;
    }
    if (ttlIndex >= 0 && options.ttl() != null) {
      statement.setInt(ttlIndex, options.ttl());
    }
    return options.applyTo(statement);
  }

  /**
   * Binds a value that Cassandra requires (a key, a limit), refusing null with a message that names
   * the parameter.
   */
  public static <T> T required(T value, String parameter) {
    if (value == null) {
      throw new IllegalArgumentException(
          "Parameter '" + parameter + "' is part of the key or clause and cannot be null");
    }
    return value;
  }
}
