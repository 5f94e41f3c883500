package io.sibyl.it.mapper.assets;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.DiscriminatorValue;
import io.sibyl.mapper.annotations.PartitionKey;

/** A building, stored with {@code kind = 'building'}. */
@DiscriminatorValue
public record Building(@PartitionKey String owner, @ClusteringColumn String id, int floors)
    implements Asset {}
