package test;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.DiscriminatorValue;
import io.sibyl.mapper.annotations.PartitionKey;

@DiscriminatorValue("1")
public record Card(@PartitionKey String account, @ClusteringColumn int id, String last4)
    implements Payment {}
