package io.sibyl.it.mapper.animals;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.DiscriminatorValue;
import io.sibyl.mapper.annotations.PartitionKey;

/** A sea lion: its value defaults to {@code SEA_LION}. */
// tag::subtype[]
@DiscriminatorValue
public record SeaLion(@PartitionKey String zoo, @ClusteringColumn String name, double weight)
    implements Animal {}
// end::subtype[]
