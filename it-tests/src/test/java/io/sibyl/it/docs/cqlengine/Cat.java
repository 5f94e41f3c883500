package io.sibyl.it.docs.cqlengine;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.DiscriminatorValue;
import io.sibyl.mapper.annotations.PartitionKey;

/** A cat of {@link Pet}'s table. */
// tag::subtype[]
@DiscriminatorValue("cat") // __discriminator_value__
public record Cat(@PartitionKey String owner, @ClusteringColumn int id, String name, int lives)
    implements Pet {}
// end::subtype[]
