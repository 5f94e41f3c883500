package io.sibyl.it.schema;

import io.sibyl.mapper.annotations.Index;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import java.util.UUID;

/** A table whose expansion takes five statements, for a process killed half way through it. */
@Table(name = "kill_event")
public record KillEvent(
    @PartitionKey UUID id,
    @Index String kind,
    @Index String source,
    @Index String region,
    @Index String owner) {}
