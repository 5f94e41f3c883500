package io.sibyl.it.schema;

import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;

/** Maps {@code amount} as text where the hand-made table has an int. */
@Table(name = "conflict_order")
public record ConflictOrder(@PartitionKey int id, String amount) {}
