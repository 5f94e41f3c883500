package io.sibyl.it.parity;

import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;

/** A scratch note, for the table management calls (truncate, drop). */
@Table(name = "parity_scratch")
public record Scratch(@PartitionKey int id, String note) {}
