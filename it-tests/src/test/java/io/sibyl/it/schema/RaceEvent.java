package io.sibyl.it.schema;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.Index;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import java.util.UUID;

/** The table that concurrent instances race to create. */
@Table(name = "race_event")
public record RaceEvent(
    @PartitionKey UUID id, @ClusteringColumn long at, String body, @Index String kind) {}
