package test;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.Column;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;

@Table(name = "page_views")
public record PageViews(
    @PartitionKey String site,
    @ClusteringColumn String page,
    @Column(type = "counter") long views,
    @Column(type = "counter") Long uniqueVisitors) {}
