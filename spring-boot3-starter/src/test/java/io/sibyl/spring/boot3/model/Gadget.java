package io.sibyl.spring.boot3.model;

import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;

/** A test entity. */
@Table(name = "gadgets")
public record Gadget(@PartitionKey String id, String name) {}
