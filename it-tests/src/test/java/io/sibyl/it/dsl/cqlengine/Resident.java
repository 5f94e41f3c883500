package io.sibyl.it.dsl.cqlengine;

import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;

/** cqlengine's {@code users} model with a UDT column, for the UDT example. */
@Table(name = "cqe_users")
public record Resident(@PartitionKey String name, StreetAddress addr) {}
