package io.sibyl.it.mapper.model;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;

/**
 * An entity whose table ({@code order}) and columns ({@code limit}, {@code token}; {@code key} is a
 * keyword but not reserved) are CQL reserved words that must be quoted wherever Sibyl writes them.
 * Its keyspace is the mapper's, so that the runtime qualifies the table (a test uses {@code
 * select}).
 */
@Table(name = "order")
public record ReservedOrder(
    @PartitionKey String key, @ClusteringColumn int limit, String token, String status) {}
