package io.sibyl.it.mapper.shapes;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.DiscriminatorValue;
import io.sibyl.mapper.annotations.PartitionKey;

/** A circle, stored with {@code kind = 'circle'}. */
@DiscriminatorValue("circle")
public record Circle(
    @PartitionKey String canvas, @ClusteringColumn int id, String color, double radius)
    implements Shape {}
