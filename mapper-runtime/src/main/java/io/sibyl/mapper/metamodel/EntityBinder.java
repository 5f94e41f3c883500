package io.sibyl.mapper.metamodel;

import io.sibyl.driver.BoundStatement;

/**
 * Binds the columns of an entity (the generated {@code UserTable.bind}).
 *
 * @param <T> the entity type
 */
@FunctionalInterface
public interface EntityBinder<T> {

  /**
   * Binds column {@code k} of the table at {@code at[k]}, skipping negative indexes; a null
   * property is bound as null when {@code setNulls}, else left unset.
   */
  void bind(BoundStatement bs, T entity, int[] at, boolean setNulls);
}
