package io.sibyl.it.dsl;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;

/** A sensor reading, for the query DSL tests: a composite partition key. */
@Table(name = "dsl_readings")
public record Reading(
    @PartitionKey(0) String sensor,
    @PartitionKey(1) int day,
    @ClusteringColumn long at,
    double value) {}
