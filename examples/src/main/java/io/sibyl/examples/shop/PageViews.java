package io.sibyl.examples.shop;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.Column;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import java.time.LocalDate;

/** How often a page was viewed each day: a counter table. */
@Table(name = "page_views")
public record PageViews(
    @PartitionKey String page,
    @ClusteringColumn LocalDate day,
    @Column(type = "counter") long views) {}
