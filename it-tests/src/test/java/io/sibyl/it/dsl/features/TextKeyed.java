package io.sibyl.it.dsl.features;

import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;

/** For the client-side token tests: a text partition key. */
@Table(name = "dsl_tok_text")
public record TextKeyed(@PartitionKey String key, String value) {}
