package io.sibyl.it.mapper.model;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.Column;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;

/** A counter table: a primitive counter and a boxed one (null until first incremented). */
@Table(name = "page_views")
public record PageViews(
    @PartitionKey String site,
    @ClusteringColumn String page,
    @Column(type = "counter") long views,
    @Column(type = "counter") Long uniqueVisitors) {}
