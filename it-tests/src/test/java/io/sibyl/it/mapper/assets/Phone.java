package io.sibyl.it.mapper.assets;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.DiscriminatorValue;
import io.sibyl.mapper.annotations.PartitionKey;

/** A phone, a device two levels below the base, stored with {@code kind = 'phone'}. */
@DiscriminatorValue
public record Phone(@PartitionKey String owner, @ClusteringColumn String id, String number)
    implements Device {}
