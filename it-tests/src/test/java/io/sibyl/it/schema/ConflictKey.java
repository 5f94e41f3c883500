package io.sibyl.it.schema;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;

/** Declares a clustering column that the hand-made table lacks. */
@Table(name = "conflict_key")
public record ConflictKey(@PartitionKey int id, @ClusteringColumn int seq, String body) {}
