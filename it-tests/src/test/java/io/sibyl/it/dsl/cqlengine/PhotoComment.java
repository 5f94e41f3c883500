package io.sibyl.it.dsl.cqlengine;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.Column;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import java.util.UUID;

/** cqlengine's {@code Comment} model (newest first), for the documentation examples. */
@Table(name = "cqe_comment")
public record PhotoComment(
    @PartitionKey UUID photoId,
    @ClusteringColumn(descending = true) @Column(type = "timeuuid") UUID commentId,
    String comment) {}
