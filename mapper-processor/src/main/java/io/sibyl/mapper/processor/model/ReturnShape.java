package io.sibyl.mapper.processor.model;

import com.palantir.javapoet.ClassName;

/**
 * What a repository method returns.
 *
 * @param kind the shape
 * @param async whether it is wrapped in a {@code CompletionStage}
 * @param entity the entity type of shapes that carry one, else null
 * @param table the generated table class of that entity, else null
 * @param byName whether rows are matched to columns by name (hand-written queries), not by index
 */
public record ReturnShape(
    Kind kind, boolean async, ClassName entity, ClassName table, boolean byName) {

  /** The shapes. */
  public enum Kind {
    VOID,
    ENTITY,
    /** The entity; {@code NotFoundException} when there is no row (declared by the method). */
    REQUIRED_ENTITY,
    /** The entity or null; {@code TooManyResultsException} when there are several rows. */
    SINGLE_ENTITY,
    /**
     * The entity; {@code NotFoundException} without a row, {@code TooManyResultsException} with
     * several.
     */
    EXACTLY_ONE_ENTITY,
    OPTIONAL,
    LIST,
    STREAM,
    PAGING_ITERABLE,
    ASYNC_PAGE,
    COUNT,
    EXISTS,
    APPLIED,
    LWT,
    RESULT_SET,
    BOUND_STATEMENT,
    /** A bulk write's {@code BulkResult} of the entity. */
    BULK_RESULT;

    /** Whether the shape maps rows to entities. */
    public boolean readsEntities() {
      return switch (this) {
        case ENTITY,
            REQUIRED_ENTITY,
            SINGLE_ENTITY,
            EXACTLY_ONE_ENTITY,
            OPTIONAL,
            LIST,
            STREAM,
            PAGING_ITERABLE,
            ASYNC_PAGE ->
            true;
        default -> false;
      };
    }
  }

  /** This shape with an entity and its table. */
  public ReturnShape withTable(ClassName table) {
    return new ReturnShape(kind, async, entity, table, byName);
  }

  /** This shape reading rows by column name. */
  public ReturnShape readingByName() {
    return new ReturnShape(kind, async, entity, table, true);
  }
}
