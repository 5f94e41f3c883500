package io.sibyl.mapper;

/**
 * A read that expects at most one row found several: {@code select.one()}, {@code
 * select.oneOrThrow()}, or a repository method declared to throw it. The message names the table
 * and the query (its CQL with bind markers), never the bound values. It extends {@link
 * MapperException}, which {@code one()} threw before, so existing handlers still catch it.
 */
public class TooManyResultsException extends MapperException {

  private static final long serialVersionUID = 1L;

  private final String table;
  private final String query;

  /**
   * An exception for a query of {@code table} that found more than one row.
   *
   * @param table the table name as stored
   * @param query the query's CQL, with bind markers
   */
  public TooManyResultsException(String table, String query) {
    super(
        "Expected at most one row from "
            + query
            + " (table "
            + table
            + ") but got more: restrict the query further, or use first() or list()");
    this.table = table;
    this.query = query;
  }

  /** The table name as stored. */
  public String table() {
    return table;
  }

  /** The query's CQL, with bind markers. */
  public String query() {
    return query;
  }
}
