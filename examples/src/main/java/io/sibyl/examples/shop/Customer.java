package io.sibyl.examples.shop;

import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A customer of the shop, with an address (a UDT) and tags. */
@Table(name = "customers")
public record Customer(
    @PartitionKey UUID id,
    String name,
    String email,
    Address address,
    Set<String> tags,
    Instant joined) {}
