package io.sibyl.it.schema;

import io.sibyl.mapper.annotations.Index;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import java.util.UUID;

/** A table with a UDT column and an index, created from scratch. */
@Table(name = "sync_user", defaultTtl = 3600)
public record SyncUser(@PartitionKey UUID id, @Index String email, SyncAddress home) {}
