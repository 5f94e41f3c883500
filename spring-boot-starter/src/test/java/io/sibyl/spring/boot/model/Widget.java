package io.sibyl.spring.boot.model;

import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;

/** A test entity. */
@Table(name = "widgets")
public record Widget(@PartitionKey String id, String name) {}
