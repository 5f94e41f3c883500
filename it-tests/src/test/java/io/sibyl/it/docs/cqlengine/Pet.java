package io.sibyl.it.docs.cqlengine;

import io.sibyl.mapper.annotations.Discriminator;
import io.sibyl.mapper.annotations.Table;

/** The polymorphic model of docs/mapper/coming-from-cqlengine.md. */
// tag::base[]
@Table(name = "cqe_pets")
@Discriminator(column = "pet_type") // __discriminator_column__
public sealed interface Pet permits Cat, Dog {}
// end::base[]
