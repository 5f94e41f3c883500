package io.sibyl.it.dsl.cqlengine;

import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;

/** cqlengine's {@code User} model with {@code default_time_to_live = 20}, for the TTL examples. */
@Table(name = "cqe_user", defaultTtl = 20)
public record ExpiringUser(@PartitionKey int userId, Integer age, String name) {}
