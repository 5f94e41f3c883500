package io.sibyl.it.schema;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.Index;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import java.util.UUID;

/** The table that a fleet of separate processes races to create. */
@Table(name = "fleet_event")
public record FleetEvent(
    @PartitionKey UUID id, @ClusteringColumn long at, String body, @Index String kind) {}
