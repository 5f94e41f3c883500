package test;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.DiscriminatorValue;
import io.sibyl.mapper.annotations.Index;
import io.sibyl.mapper.annotations.PartitionKey;
import java.util.Set;

@DiscriminatorValue("car")
public record Car(
    @PartitionKey String owner,
    @ClusteringColumn int id,
    String model,
    int doors,
    @Index Set<String> tags)
    implements Vehicle {}
