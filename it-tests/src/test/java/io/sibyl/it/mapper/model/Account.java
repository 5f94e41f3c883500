package io.sibyl.it.mapper.model;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.StaticColumn;
import io.sibyl.mapper.annotations.Table;
import java.util.List;

/** A record entity for conditional updates and deletes, with a static column. */
@Table(name = "accounts")
public record Account(
    @PartitionKey String owner,
    @ClusteringColumn String number,
    @StaticColumn String ownerEmail,
    long balance,
    int version,
    List<String> history) {}
