package test;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.Index;
import io.sibyl.mapper.annotations.IndexTarget;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.StaticColumn;
import io.sibyl.mapper.annotations.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@Table(name = "posts")
public record Post(
    @PartitionKey UUID blogId,
    @ClusteringColumn(value = 0, descending = true) Instant postedAt,
    @StaticColumn String blogName,
    @Index String title,
    int likes,
    List<String> comments,
    @Index Set<String> tags,
    @Index(target = IndexTarget.KEYS) Map<String, Integer> ratings) {}
