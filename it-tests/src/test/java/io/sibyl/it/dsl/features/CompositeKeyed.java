package io.sibyl.it.dsl.features;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import java.util.UUID;

/** For the client-side token tests: a composite partition key (text, int, uuid). */
@Table(name = "dsl_tok_composite")
public record CompositeKeyed(
    @PartitionKey(0) String region,
    @PartitionKey(1) int day,
    @PartitionKey(2) UUID device,
    @ClusteringColumn int seq,
    String value) {}
