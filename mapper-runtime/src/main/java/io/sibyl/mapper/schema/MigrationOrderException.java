package io.sibyl.mapper.schema;

import io.sibyl.mapper.MapperException;
import java.util.List;

/**
 * Migrations whose versions are lower than one already applied: running them now would apply
 * changes in another order than on the databases that got them in sequence. Nothing was run.
 */
public final class MigrationOrderException extends MapperException {

  private static final long serialVersionUID = 1L;

  /** An exception naming the late migrations and the highest applied version. */
  public MigrationOrderException(List<String> late, String highestApplied) {
    super(
        "Migration(s) "
            + String.join(", ", late)
            + " have a lower version than the applied V"
            + highestApplied
            + "; nothing was run. Give them a version above V"
            + highestApplied
            + ", or allow it with Mapper.builder(session).outOfOrderMigrations(true) if their"
            + " order does not matter");
  }
}
