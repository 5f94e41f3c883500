package io.sibyl.it.mapper.animals;

import io.sibyl.mapper.annotations.Discriminator;
import io.sibyl.mapper.annotations.Table;

/** Cats and sea lions in one table, told apart by the name of a {@link Species} constant. */
// tag::base[]
@Table(name = "repo_animals")
@Discriminator(column = "species", enumType = Species.class)
public sealed interface Animal permits Cat, SeaLion {}
// end::base[]
