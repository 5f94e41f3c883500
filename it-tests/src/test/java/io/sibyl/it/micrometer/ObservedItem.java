package io.sibyl.it.micrometer;

import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;

/** A row of the Micrometer tests. */
@Table(name = "observed_items")
public record ObservedItem(@PartitionKey int id, String name) {}
