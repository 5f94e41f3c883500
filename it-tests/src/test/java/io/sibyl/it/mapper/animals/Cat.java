package io.sibyl.it.mapper.animals;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.DiscriminatorValue;
import io.sibyl.mapper.annotations.PartitionKey;

/** A cat: its value defaults to {@code CAT}. */
@DiscriminatorValue
public record Cat(@PartitionKey String zoo, @ClusteringColumn String name, int lives)
    implements Animal {}
