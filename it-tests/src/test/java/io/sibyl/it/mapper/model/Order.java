package io.sibyl.it.mapper.model;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.Index;
import io.sibyl.mapper.annotations.IndexType;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.StaticColumn;
import io.sibyl.mapper.annotations.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A record entity with a descending clustering column, a static column, a secondary index, a
 * storage-attached index and a list.
 */
@Table(name = "orders")
public record Order(
    @PartitionKey UUID customerId,
    @ClusteringColumn(value = 0, descending = true) Instant orderDate,
    @ClusteringColumn(1) UUID orderId,
    @StaticColumn String customerName,
    @Index String status,
    @Index(type = IndexType.STORAGE_ATTACHED) BigDecimal total,
    List<String> items) {}
