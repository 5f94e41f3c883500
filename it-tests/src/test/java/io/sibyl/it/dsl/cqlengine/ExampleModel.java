package io.sibyl.it.dsl.cqlengine;

import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import java.time.Instant;
import java.util.UUID;

/** cqlengine's {@code ExampleModel} of the batch examples. */
@Table(name = "cqe_example")
public record ExampleModel(
    @PartitionKey UUID exampleId, int exampleType, Instant createdAt, String description) {}
