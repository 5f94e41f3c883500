package io.sibyl.it.dsl.cqlengine;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;

/** cqlengine's {@code LogEntry} of the batch examples ({@code v} clusters, so rows add up). */
@Table(name = "cqe_log_entry")
public record LogEntry(@PartitionKey int k, @ClusteringColumn int v, String message) {}
