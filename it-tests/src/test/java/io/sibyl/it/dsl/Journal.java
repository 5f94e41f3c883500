package io.sibyl.it.dsl;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.StaticColumn;
import io.sibyl.mapper.annotations.Table;
import java.util.List;
import java.util.Map;

/** Journal entries, for the DSL write tests: two clustering columns, a static and collections. */
@Table(name = "dsl_journal")
public record Journal(
    @PartitionKey String owner,
    @ClusteringColumn(0) int day,
    @ClusteringColumn(1) int seq,
    @StaticColumn String title,
    String text,
    List<String> log,
    Map<String, Integer> attrs) {}
