package io.sibyl.it.parity;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;

/** A visit of a member to a room, for typed not-found and too-many results. */
@Table(name = "parity_visits")
public record Visit(@PartitionKey String member, @ClusteringColumn int seq, String room) {}
