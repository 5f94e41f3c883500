package io.sibyl.it.docs.cqlengine;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.DiscriminatorValue;
import io.sibyl.mapper.annotations.PartitionKey;

/** A dog of {@link Pet}'s table. */
@DiscriminatorValue("dog")
public record Dog(@PartitionKey String owner, @ClusteringColumn int id, String name, String breed)
    implements Pet {}
