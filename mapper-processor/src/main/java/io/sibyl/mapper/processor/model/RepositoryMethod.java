package io.sibyl.mapper.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * One implemented repository method: its signature and its statement. The kind tells which
 * generator writes it.
 *
 * @param kind the method kind
 * @param name the method name
 * @param parameters the parameters, in order
 * @param returnType the declared return type
 * @param plan the statement
 */
public record RepositoryMethod(
    Kind kind,
    String name,
    List<ParameterModel> parameters,
    TypeName returnType,
    StatementPlan plan) {

  /** The method kinds. */
  public enum Kind {
    INSERT,
    SELECT,
    UPDATE,
    /** {@code update(E before, E after)}: the changed columns, chosen at run time. */
    UPDATE_CHANGES,
    DELETE,
    QUERY,
    INCREMENT,
    /** {@code saveAll(Iterable<E> | Stream<E> [, BulkOptions])}: a bulk write of the entities. */
    BULK_SAVE
  }

  /** Copies the parameters. */
  public RepositoryMethod {
    parameters = List.copyOf(parameters);
  }
}
