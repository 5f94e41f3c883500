package io.sibyl.mapper.metamodel;

/**
 * Hands out the query DSL metamodel of one {@code @Table} entity (or of one subtype of a
 * polymorphic table), so that {@code mapper.table(User.class)} finds {@code User_} without
 * reflection. The processor writes one per metamodel ({@code UserTable__Metamodel}) and registers
 * it in {@code META-INF/services/io.sibyl.mapper.metamodel.MetamodelProvider}.
 *
 * @param <T> the entity type
 */
public interface MetamodelProvider<T> {

  /** The entity class. */
  Class<T> entityType();

  /** The entity's metamodel ({@code User_.METAMODEL_}). */
  TableMetamodel<T> metamodel();
}
