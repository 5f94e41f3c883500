package io.sibyl.it.mapper.payments;

import io.sibyl.mapper.annotations.Discriminator;
import io.sibyl.mapper.annotations.DiscriminatorType;
import io.sibyl.mapper.annotations.Table;

/** Card and transfer payments in one table, told apart by an {@code int} column. */
// tag::base[]
@Table(name = "repo_payments")
@Discriminator(column = "type", type = DiscriminatorType.INT)
public sealed interface Payment permits Card, Transfer {}
// end::base[]
