package io.sibyl.it.dsl.features;

import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;

/** For the client-side token tests: a bigint partition key. */
@Table(name = "dsl_tok_long")
public record LongKeyed(@PartitionKey long key, String value) {}
