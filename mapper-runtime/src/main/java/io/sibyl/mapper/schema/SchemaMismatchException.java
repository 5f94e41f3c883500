package io.sibyl.mapper.schema;

import io.sibyl.mapper.MapperException;
import java.util.List;

/** Thrown by {@link SchemaManager#validate()}: the live schema differs from the model. */
public final class SchemaMismatchException extends MapperException {

  private static final long serialVersionUID = 1L;

  private final transient List<SchemaChange> differences;

  /** An exception listing every difference. */
  public SchemaMismatchException(List<SchemaChange> differences) {
    super(message(differences));
    this.differences = List.copyOf(differences);
  }

  /** Every difference, as the change that would resolve it. */
  public List<SchemaChange> differences() {
    return differences;
  }

  private static String message(List<SchemaChange> differences) {
    StringBuilder message =
        new StringBuilder("The live schema differs from the mapped model in ")
            .append(differences.size())
            .append(" place(s); run mapper.schema().apply() or fix the schema:");
    differences.forEach(d -> message.append("\n  ").append(d));
    return message.toString();
  }
}
