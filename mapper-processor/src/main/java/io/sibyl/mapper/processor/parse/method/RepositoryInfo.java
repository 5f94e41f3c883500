package io.sibyl.mapper.processor.parse.method;

import io.sibyl.mapper.annotations.NullSavingStrategy;
import javax.lang.model.element.TypeElement;

/**
 * What a {@code @Repository} says for all its methods.
 *
 * @param keyspace the repository's keyspace in CQL form, or empty
 * @param nullSaving its null-saving strategy
 * @param defaultEntity the entity of methods that name none, or null
 */
public record RepositoryInfo(
    String keyspace, NullSavingStrategy nullSaving, TypeElement defaultEntity) {}
