package io.sibyl.mapper.schema;

import io.sibyl.mapper.MapperException;
import java.util.List;

/** An applied migration file changed since it was applied; nothing was migrated. */
public final class MigrationChecksumException extends MapperException {

  private static final long serialVersionUID = 1L;

  /** An exception naming the changed files. */
  public MigrationChecksumException(List<String> changedFiles) {
    super(
        "Applied migration(s) changed since they were applied: "
            + String.join("; ", changedFiles)
            + ". Restore the file as it was and put the change in a new version (V<next>__...)");
  }
}
