package io.sibyl.mapper;

/**
 * A read that must find a row found none: {@code table.getOrThrow(key)}, {@code
 * select.oneOrThrow()}, or a repository method declared to throw it. The message names the table
 * and the query (its CQL with bind markers), never the bound values.
 */
public class NotFoundException extends MapperException {

  private static final long serialVersionUID = 1L;

  private final String table;
  private final String query;

  /**
   * An exception for a query of {@code table} that found no row.
   *
   * @param table the table name as stored
   * @param query the query's CQL, with bind markers
   */
  public NotFoundException(String table, String query) {
    super(
        "No row of table "
            + table
            + " matched "
            + query
            + ": check the key, or read it with a call that returns null or Optional when there"
            + " is none (get(), one(), first())");
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
