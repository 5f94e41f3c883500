package io.sibyl.mapper.schema;

import io.sibyl.mapper.MapperException;

/**
 * A migration was started and did not finish (its instance died or a statement failed): some of its
 * statements may have been applied. No migration runs until an operator checks the schema, finishes
 * or undoes the rest by hand, and marks it repaired with {@link SchemaManager#repair(String)};
 * re-running it blindly could apply statements twice.
 */
public final class MigrationIncompleteException extends MapperException {

  private static final long serialVersionUID = 1L;

  private final String version;

  /** An exception describing the unfinished migration. */
  public MigrationIncompleteException(String version, String details) {
    super(
        "Migration V"
            + version
            + " did not finish: "
            + details
            + ". Nothing was run. Check which of its statements took effect, finish (or undo) the"
            + " rest by hand, then call mapper.schema().repair(\""
            + version
            + "\") to record it as applied. To run it again from the start instead, undo what it"
            + " applied and delete its row: DELETE FROM sibyl_schema_history WHERE version = '"
            + version
            + "'");
    this.version = version;
  }

  /** The unfinished migration's version. */
  public String version() {
    return version;
  }
}
