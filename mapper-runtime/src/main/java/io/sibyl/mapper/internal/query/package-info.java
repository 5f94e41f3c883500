/**
 * The query DSL's checks, not exported by the module: the rules a select, update, delete or batch
 * must follow before it is sent (key restrictions, filtering, ordering, LIKE and SASI indexes).
 * Depends on both {@code io.sibyl.mapper.metamodel} and {@code io.sibyl.mapper.query}.
 */
package io.sibyl.mapper.internal.query;
