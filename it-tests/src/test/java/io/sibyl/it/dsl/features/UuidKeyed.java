package io.sibyl.it.dsl.features;

import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import java.util.UUID;

/** For the client-side token tests: a uuid partition key. */
@Table(name = "dsl_tok_uuid")
public record UuidKeyed(@PartitionKey UUID key, String value) {}
