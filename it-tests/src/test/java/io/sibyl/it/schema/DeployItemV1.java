package io.sibyl.it.schema;

import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;

/** Version 1 of the deployed model: maps {@code legacy}, which version 2 no longer maps. */
@Table(name = "deploy_item")
public record DeployItemV1(@PartitionKey int id, String name, String legacy) {}
