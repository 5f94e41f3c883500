package io.sibyl.it.mapper.payments;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.DiscriminatorValue;
import io.sibyl.mapper.annotations.PartitionKey;

/** A card payment, stored with {@code type = 1}. */
// tag::subtype[]
@DiscriminatorValue("1")
public record Card(@PartitionKey String account, @ClusteringColumn int id, String last4, long cents)
    implements Payment {}
// end::subtype[]
