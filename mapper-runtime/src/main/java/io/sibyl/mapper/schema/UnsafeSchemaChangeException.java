package io.sibyl.mapper.schema;

import io.sibyl.mapper.MapperException;
import java.util.List;

/**
 * Thrown by {@link SchemaManager#apply()} when the plan holds changes Cassandra cannot apply in
 * place (a changed column type or primary key...). Nothing was applied. Drops of what the model no
 * longer maps are never refused this way: startup leaves them alone for {@link
 * SchemaManager#contract()}.
 */
public final class UnsafeSchemaChangeException extends MapperException {

  private static final long serialVersionUID = 1L;

  private final transient List<SchemaChange> changes;

  /** An exception refusing the given changes. */
  public UnsafeSchemaChangeException(List<SchemaChange> changes) {
    super(message(changes));
    this.changes = List.copyOf(changes);
  }

  /** The refused changes. */
  public List<SchemaChange> changes() {
    return changes;
  }

  private static String message(List<SchemaChange> changes) {
    StringBuilder message =
        new StringBuilder("Refusing to apply ")
            .append(changes.size())
            .append(" unsafe schema change(s); nothing was applied:");
    for (SchemaChange change : changes) {
      message.append("\n  ").append(change.kind()).append(' ').append(change.target());
      message.append(": ").append(change.description()).append(". ");
      message.append(
          change.kind().isAllowable()
              ? "Left alone at startup; applied by " + change.kind().allowedBy()
              : "No option allows it: " + change.advice());
    }
    return message.toString();
  }
}
