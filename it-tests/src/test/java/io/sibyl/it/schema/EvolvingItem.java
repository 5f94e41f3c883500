package io.sibyl.it.schema;

import io.sibyl.mapper.annotations.Index;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;

/** A table that gained the indexed column {@code category} since the hand-made schema. */
@Table(name = "evolving_item")
public record EvolvingItem(
    @PartitionKey int id, String name, @Index String category, EvolvingTag tag) {}
