package io.sibyl.mapper.schema;

import io.sibyl.mapper.MapperException;
import java.util.List;

/** Thrown by {@link SchemaManager#validate()}: the live schema differs from the model. */
public final class SchemaMismatchException extends MapperException {

  private static final long serialVersionUID = 1L;

  private final transient List<SchemaChange> differences;
  private final List<String> pendingMigrations;
  private final List<String> failedMigrations;

  /** An exception listing every difference. */
  public SchemaMismatchException(List<SchemaChange> differences) {
    this(differences, List.of(), List.of());
  }

  /**
   * An exception listing every difference and the migrations that are not applied.
   *
   * @param differences the changes the schema lacks (to expand) and the conflicts
   * @param pendingMigrations the migration files not applied yet
   * @param failedMigrations the migrations that were started and did not finish, or whose file
   *     changed since it was applied, with why
   */
  public SchemaMismatchException(
      List<SchemaChange> differences,
      List<String> pendingMigrations,
      List<String> failedMigrations) {
    super(message(differences, pendingMigrations, failedMigrations));
    this.differences = List.copyOf(differences);
    this.pendingMigrations = List.copyOf(pendingMigrations);
    this.failedMigrations = List.copyOf(failedMigrations);
  }

  /** Every difference, as the change that would resolve it. */
  public List<SchemaChange> differences() {
    return differences;
  }

  /** The migration files not applied yet. */
  public List<String> pendingMigrations() {
    return pendingMigrations;
  }

  /** The migrations that did not finish or changed since they were applied, with why. */
  public List<String> failedMigrations() {
    return failedMigrations;
  }

  private static String message(
      List<SchemaChange> differences, List<String> pending, List<String> failed) {
    StringBuilder message =
        new StringBuilder("The live schema differs from the mapped model in ")
            .append(differences.size())
            .append(" place(s)");
    if (!pending.isEmpty() || !failed.isEmpty()) {
      message
          .append(", with ")
          .append(pending.size())
          .append(" pending and ")
          .append(failed.size())
          .append(" failed migration(s)");
    }
    message.append(
        "; run mapper.schema().apply() (and repair failed migrations) or fix the schema:");
    differences.forEach(d -> message.append("\n  ").append(d));
    pending.forEach(m -> message.append("\n  [pending]  ").append(m));
    failed.forEach(m -> message.append("\n  [FAILED]   ").append(m));
    return message.toString();
  }
}
