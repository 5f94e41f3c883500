package io.sibyl.it.dsl.cqlengine;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import java.math.BigDecimal;
import java.util.Set;

/** cqlengine's {@code Automobile} model, for the documentation examples. */
// tag::entity[]
@Table(name = "cqe_automobile")
public record Automobile(
    @PartitionKey String manufacturer,
    @ClusteringColumn int year,
    String model,
    BigDecimal price,
    Set<String> options) {}
// end::entity[]
