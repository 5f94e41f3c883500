package io.sibyl.it.mapper.model;

import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A record entity with UDT columns: alone, in a list, a set and as map values. */
@Table(name = "customers")
public record Customer(
    @PartitionKey UUID id,
    String name,
    Address home,
    List<Address> previous,
    Map<String, Address> byLabel,
    Set<Phone> phones) {}
