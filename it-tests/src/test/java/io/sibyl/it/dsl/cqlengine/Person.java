package io.sibyl.it.dsl.cqlengine;

import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import java.util.UUID;

/** cqlengine's {@code Person} model, for the documentation examples. */
@Table(name = "cqe_person")
public record Person(@PartitionKey UUID id, String firstName, String lastName) {}
