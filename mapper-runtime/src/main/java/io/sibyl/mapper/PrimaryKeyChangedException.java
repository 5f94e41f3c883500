package io.sibyl.mapper;

/**
 * A changed-column update ({@code table.update(before, after)} or a repository's {@code @Update
 * void update(E before, E after)}) whose two versions have different primary keys: they are two
 * rows, not two versions of one. Nothing was sent. The message names the table and the column,
 * never the values.
 */
public class PrimaryKeyChangedException extends MapperException {

  private static final long serialVersionUID = 1L;

  private final String table;
  private final String column;

  /**
   * An exception for key column {@code column} of {@code table}.
   *
   * @param table the table name as stored
   * @param column the key column, as written in CQL
   */
  public PrimaryKeyChangedException(String table, String column) {
    super(
        "Changed-column update of table "
            + table
            + ": primary key column "
            + column
            + " differs between before and after, so they are two rows: to move the entity,"
            + " save(after) and delete(before)");
    this.table = table;
    this.column = column;
  }

  /** The table name as stored. */
  public String table() {
    return table;
  }

  /** The key column that differs, as written in CQL. */
  public String column() {
    return column;
  }
}
