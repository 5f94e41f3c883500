package io.sibyl.it.mapper.payments;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.DiscriminatorValue;
import io.sibyl.mapper.annotations.PartitionKey;

/** A bank transfer, stored with {@code type = 2}. */
@DiscriminatorValue("2")
public record Transfer(
    @PartitionKey String account, @ClusteringColumn int id, String iban, long cents)
    implements Payment {}
