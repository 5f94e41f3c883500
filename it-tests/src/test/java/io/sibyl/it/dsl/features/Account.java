package io.sibyl.it.dsl.features;

import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import java.util.List;
import java.util.Map;

/** An account, for the tests of conditions: a map, a list and a user-type column. */
@Table(name = "dsl_accounts")
public record Account(
    @PartitionKey String id,
    String status,
    Map<String, Integer> limits,
    List<String> history,
    Place home) {}
