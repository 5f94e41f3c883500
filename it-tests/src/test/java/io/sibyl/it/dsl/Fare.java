package io.sibyl.it.dsl;

import io.sibyl.it.mapper.model.Money;
import io.sibyl.it.mapper.model.MoneyCodec;
import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.Column;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;

/** A fare of a route: a clustering column mapped by a user codec, restricted with {@code IN}. */
@Table(name = "dsl_fares")
public record Fare(
    @PartitionKey String route, @ClusteringColumn @Column(codec = MoneyCodec.class) Money price) {}
