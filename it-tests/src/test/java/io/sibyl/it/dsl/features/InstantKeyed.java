package io.sibyl.it.dsl.features;

import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import java.time.Instant;

/** For the client-side token tests: a composite partition key (timestamp, boolean). */
@Table(name = "dsl_tok_instant")
public record InstantKeyed(
    @PartitionKey(0) Instant at, @PartitionKey(1) boolean flag, String value) {}
