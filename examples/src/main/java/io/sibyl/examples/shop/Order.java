package io.sibyl.examples.shop;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An order, stored in its customer's partition, newest first: the table answers "the orders of a
 * customer" and "the latest orders of a customer" from one partition.
 */
@Table(name = "orders_by_customer")
public record Order(
    @PartitionKey UUID customerId,
    @ClusteringColumn(value = 0, descending = true) Instant orderedAt,
    @ClusteringColumn(1) UUID orderId,
    Map<String, Integer> quantitiesBySku,
    BigDecimal total,
    String status) {}
