package test;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.Column;
import io.sibyl.mapper.annotations.DiscriminatorValue;
import io.sibyl.mapper.annotations.PartitionKey;
import java.util.Set;

@DiscriminatorValue
public record Truck(
    @PartitionKey String owner,
    @ClusteringColumn int id,
    String model,
    @Column(name = "payload_kg") double payload,
    Set<String> tags)
    implements Vehicle {}
