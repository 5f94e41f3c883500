package io.sibyl.it.schema;

import io.sibyl.mapper.annotations.Index;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;

/** Version 2 of the deployed model: adds the indexed {@code rating}, drops {@code legacy}. */
@Table(name = "deploy_item")
public record DeployItemV2(@PartitionKey int id, String name, @Index Integer rating) {}
