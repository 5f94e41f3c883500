package io.sibyl.junit.model;

import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import java.util.UUID;

@Table(name = "books")
public record Book(@PartitionKey UUID id, String title) {}
