/**
 * The query DSL: {@link io.sibyl.mapper.query.QueryTable} ({@code User_.table(mapper)}) for entity
 * operations and the select, update and delete builders, {@link io.sibyl.mapper.query.QueryBatch},
 * and the exceptions of the query-level checks ({@link
 * io.sibyl.mapper.query.FilteringRequiredException}...), all {@link
 * io.sibyl.mapper.InvalidDslQueryException}s thrown for a query Cassandra would refuse.
 *
 * <p>The builders take the terms made by the typed columns of the generated metamodels ({@link
 * io.sibyl.mapper.metamodel}): {@code User_.NAME.eq("ada")}. This package depends on the metamodel,
 * never the reverse.
 */
package io.sibyl.mapper.query;
