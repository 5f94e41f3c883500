package io.sibyl.it.mapper.assets;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.DiscriminatorValue;
import io.sibyl.mapper.annotations.PartitionKey;

/** A laptop, a device two levels below the base, stored with {@code kind = 'laptop'}. */
// tag::hierarchy[]
@DiscriminatorValue
public record Laptop(@PartitionKey String owner, @ClusteringColumn String id, String cpu)
    implements Device {}
// end::hierarchy[]
