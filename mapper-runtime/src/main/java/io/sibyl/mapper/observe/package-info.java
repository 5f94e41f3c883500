/**
 * Observing repository calls and query-DSL operations: {@link
 * io.sibyl.mapper.observe.RepositoryObserver}, set with {@code MapperBuilder.repositoryObserver},
 * and {@link io.sibyl.mapper.observe.Observed}, which runs a call under one.
 */
package io.sibyl.mapper.observe;
