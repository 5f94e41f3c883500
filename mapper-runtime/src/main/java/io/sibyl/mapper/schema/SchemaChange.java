package io.sibyl.mapper.schema;

import java.util.Objects;

/**
 * One difference between the mapped model and the live schema, with the CQL that resolves it.
 *
 * @param kind what the change does
 * @param target what it changes ({@code ks.table.column}, {@code ks.type}...)
 * @param description the difference in words
 * @param cql the statement that applies it; for changes Cassandra cannot apply, a CQL comment
 * @param advice what to do instead, for unsafe changes; else empty
 */
public record SchemaChange(
    ChangeKind kind, String target, String description, String cql, String advice) {

  /** Checks the components. */
  public SchemaChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(cql, "cql");
    advice = advice == null ? "" : advice;
  }

  /** Whether the change only adds to the schema. */
  public boolean isSafe() {
    return kind.isSafe();
  }

  /** Whether the CQL can be executed (safe changes, and drops). */
  public boolean isExecutable() {
    return kind.isSafe() || kind.isAllowable();
  }

  @Override
  public String toString() {
    return (isSafe() ? "[safe]     " : kind.isContraction() ? "[contract] " : "[UNSAFE]   ")
        + kind
        + " "
        + target
        + ": "
        + description
        + (advice.isEmpty() ? "" : " (" + advice + ")");
  }
}
