package com.example.notes;

import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import java.util.Set;
import java.util.UUID;

/** A note. */
@Table(name = "notes")
public record Note(@PartitionKey UUID id, String text, Set<String> tags) {}
