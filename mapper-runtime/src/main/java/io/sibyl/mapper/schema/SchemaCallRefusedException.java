package io.sibyl.mapper.schema;

import io.sibyl.mapper.MapperException;

/**
 * A destructive schema call ({@link SchemaManager#dropKeyspace}, {@link SchemaManager#dropTable},
 * {@link SchemaManager#truncate}) that the mapper was not built to allow. Nothing was sent. The
 * message names the statement and the builder option that allows it.
 */
public final class SchemaCallRefusedException extends MapperException {

  private static final long serialVersionUID = 1L;

  private final ChangeKind kind;

  /**
   * An exception refusing {@code cql}, allowed by {@code kind}.
   *
   * @param cql the refused statement
   * @param kind the change kind that allows it
   */
  public SchemaCallRefusedException(String cql, ChangeKind kind) {
    super(
        "Refusing "
            + cql
            + ": destructive schema calls are refused unless allowed; nothing was sent. To allow"
            + " it, build the mapper with Mapper.builder(session).allowSchemaChanges(ChangeKind."
            + kind.name()
            + ")");
    this.kind = kind;
  }

  /** The change kind that would allow the call. */
  public ChangeKind kind() {
    return kind;
  }
}
