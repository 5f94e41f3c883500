package io.sibyl.it.dsl.cqlengine;

import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** cqlengine's {@code Row} model with one column per collection kind, for the examples. */
@Table(name = "cqe_row")
public record ContainerRow(
    @PartitionKey int rowId,
    Set<Integer> setColumn,
    List<Integer> listColumn,
    Map<Integer, Integer> mapColumn) {}
