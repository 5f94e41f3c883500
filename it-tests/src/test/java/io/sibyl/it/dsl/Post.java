package io.sibyl.it.dsl;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.Index;
import io.sibyl.mapper.annotations.IndexTarget;
import io.sibyl.mapper.annotations.IndexType;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.StaticColumn;
import io.sibyl.mapper.annotations.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A blog post, for the query DSL tests: every kind of column. */
// tag::entity[]
@Table(name = "dsl_posts")
public record Post(
    @PartitionKey String blog,
    @ClusteringColumn Instant postedAt,
    @StaticColumn String blogName,
    @Index String title,
    String body,
    @Index(type = IndexType.STORAGE_ATTACHED) int likes,
    List<String> comments,
    @Index Set<String> tags,
    @Index(target = IndexTarget.KEYS) Map<String, Integer> ratings) {}
// end::entity[]
