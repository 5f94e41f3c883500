package io.sibyl.it.schema;

import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;

/** A table that only version 2 of the deployed model maps. */
@Table(name = "deploy_review")
public record DeployReview(@PartitionKey int id, String body) {}
