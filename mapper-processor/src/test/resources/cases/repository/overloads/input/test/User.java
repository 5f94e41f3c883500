package test;

import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import java.util.Set;
import java.util.UUID;

@Table(name = "users")
public record User(@PartitionKey UUID id, String name, Set<String> tags) {}
