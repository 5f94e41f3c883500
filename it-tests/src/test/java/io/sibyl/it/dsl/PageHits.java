package io.sibyl.it.dsl;

import io.sibyl.mapper.annotations.Column;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;

/** Hit counters, for the query DSL tests. */
@Table(name = "dsl_page_hits")
public record PageHits(@PartitionKey String page, @Column(type = "counter") long hits) {}
