package io.sibyl.it.dsl.vehicles;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.DiscriminatorValue;
import io.sibyl.mapper.annotations.PartitionKey;

/** A car: a record, stored with {@code kind = 'car'}. */
@DiscriminatorValue("car")
public record Car(@PartitionKey String owner, @ClusteringColumn int id, String model, int doors)
    implements Vehicle {}
