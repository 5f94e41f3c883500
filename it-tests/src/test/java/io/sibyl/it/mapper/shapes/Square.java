package io.sibyl.it.mapper.shapes;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.DiscriminatorValue;
import io.sibyl.mapper.annotations.PartitionKey;

/** A square, stored with the default discriminator value {@code 'square'}. */
@DiscriminatorValue
public record Square(
    @PartitionKey String canvas, @ClusteringColumn int id, String color, double side)
    implements Shape {}
