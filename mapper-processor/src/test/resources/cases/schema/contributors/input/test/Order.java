package test;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.Index;
import io.sibyl.mapper.annotations.IndexType;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.StaticColumn;
import io.sibyl.mapper.annotations.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

@Table(
    name = "orders",
    keyspace = "shop",
    defaultTtl = 86400,
    compaction = "LeveledCompactionStrategy",
    options = {"gc_grace_seconds = 3600"})
public record Order(
    @PartitionKey(0) UUID customerId,
    @PartitionKey(1) int bucket,
    @ClusteringColumn(value = 0, descending = true) Instant orderDate,
    @ClusteringColumn(1) UUID orderId,
    @StaticColumn String customerName,
    @Index String status,
    @Index(type = IndexType.STORAGE_ATTACHED) BigDecimal total,
    @Index(type = IndexType.SASI_CONTAINS, options = "{'case_sensitive': 'false'}") String note) {}
