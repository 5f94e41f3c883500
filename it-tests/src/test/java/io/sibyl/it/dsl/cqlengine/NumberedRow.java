package io.sibyl.it.dsl.cqlengine;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;

/** cqlengine's {@code TestModel} of the values_list example (descending clustering key). */
@Table(name = "cqe_test_model")
public record NumberedRow(
    @PartitionKey int id, @ClusteringColumn(descending = true) int clusteringKey, String label) {}
