package test;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;

@Table(name = "readings", keyspace = "metrics", connection = "telemetry")
public record Reading(@PartitionKey String sensor, @ClusteringColumn long at, Double value) {}
