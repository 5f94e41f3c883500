package io.sibyl.it.dsl.features;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.Column;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An item of a feed, for the tests of the query features: a timeuuid clustering column. */
// tag::entity[]
@Table(name = "dsl_feed_items")
public record FeedItem(
    @PartitionKey String feed,
    @ClusteringColumn @Column(type = "timeuuid") UUID id,
    String title,
    String body,
    Map<String, String> labels,
    List<String> notes) {}
// end::entity[]
