/**
 * The query DSL: {@link io.sibyl.mapper.query.QueryTable} ({@code User_.table(mapper)}) for entity
 * operations and the select, update and delete builders, {@link io.sibyl.mapper.query.QueryBatch},
 * the terms they take (restrictions, assignments, orderings, collection elements), and the {@link
 * io.sibyl.mapper.query.QueryValidationException}s thrown for a query Cassandra would refuse.
 *
 * <p>The terms are made by the typed columns of the generated metamodels ({@code
 * io.sibyl.mapper.metamodel}): {@code User_.NAME.eq("ada")}.
 */
package io.sibyl.mapper.query;
