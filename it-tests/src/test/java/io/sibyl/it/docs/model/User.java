package io.sibyl.it.docs.model;

import io.sibyl.mapper.annotations.Column;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import java.util.Set;
import java.util.UUID;

// tag::entity[]
/** A user of the shop: the entity of the README and the getting-started guide. */
@Table(name = "users")
public record User(
    @PartitionKey UUID id, String name, @Column(name = "mail") String email, Set<String> tags) {}
// end::entity[]
