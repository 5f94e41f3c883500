package test;

import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@Table(name = "profiles", connection = "reporting")
public record Profile(
    @PartitionKey UUID id,
    String name,
    List<String> history,
    Set<String> tags,
    Map<String, Integer> scores) {}
