package io.sibyl.mapper.metamodel;

/**
 * Reads the property of each column from an entity, without reflection: the generated metamodel's
 * {@code property_} method, which switches on the column's position.
 *
 * @param <T> the entity type
 */
@FunctionalInterface
public interface PropertyReader<T> {

  /**
   * The value of the property mapped to column {@code column} of {@link
   * io.sibyl.mapper.generated.TableDescriptor#columns()} (boxed; null when the property is).
   */
  Object get(T entity, int column);
}
