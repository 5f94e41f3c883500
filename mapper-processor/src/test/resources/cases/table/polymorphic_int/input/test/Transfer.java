package test;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.DiscriminatorValue;
import io.sibyl.mapper.annotations.PartitionKey;

@DiscriminatorValue("2")
public record Transfer(@PartitionKey String account, @ClusteringColumn int id, String iban)
    implements Payment {}
