package io.sibyl.mapper.schema;

import java.util.List;

/**
 * The ordered changes that would bring the live schema to the mapped model: keyspaces, then types
 * (each after those it uses), tables, columns and options, indexes, and drops last.
 *
 * @param changes the changes, in the order they apply
 */
public record SchemaPlan(List<SchemaChange> changes) {

  /** Copies the list. */
  public SchemaPlan {
    changes = List.copyOf(changes);
  }

  /** Whether the live schema already matches the model. */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /** The changes that only add to the schema. */
  public List<SchemaChange> safeChanges() {
    return changes.stream().filter(SchemaChange::isSafe).toList();
  }

  /** The changes that lose data or cannot be applied in place. */
  public List<SchemaChange> unsafeChanges() {
    return changes.stream().filter(c -> !c.isSafe()).toList();
  }

  /**
   * The drops of what the model no longer maps: left alone by {@link SchemaManager#apply()}, and
   * applied by {@link SchemaManager#contract()} once no instance of an older model runs.
   */
  public List<SchemaChange> contractions() {
    return changes.stream().filter(c -> c.kind().isContraction()).toList();
  }

  /**
   * The differences no call can apply (a changed column type or primary key...): they need a new
   * column or table and a data migration.
   */
  public List<SchemaChange> conflicts() {
    return changes.stream().filter(c -> !c.isSafe() && !c.kind().isContraction()).toList();
  }

  /** A readable report: one line per change. */
  public String report() {
    if (changes.isEmpty()) {
      return "Schema is up to date.";
    }
    StringBuilder report =
        new StringBuilder("Schema plan: ")
            .append(safeChanges().size())
            .append(" to expand, ")
            .append(contractions().size())
            .append(" left for contract(), ")
            .append(conflicts().size())
            .append(" conflict(s)");
    for (SchemaChange change : changes) {
      report.append("\n  ").append(change);
    }
    return report.toString();
  }

  /** The plan as a CQL script; changes Cassandra cannot apply appear as comments. */
  public String cqlScript() {
    StringBuilder script = new StringBuilder();
    for (SchemaChange change : changes) {
      script.append("-- ").append(change.kind()).append(' ').append(change.target()).append('\n');
      if (change.isExecutable()) {
        script.append(change.cql()).append(";\n");
      } else {
        script.append(change.cql()).append('\n');
      }
    }
    return script.toString();
  }

  @Override
  public String toString() {
    return report();
  }
}
