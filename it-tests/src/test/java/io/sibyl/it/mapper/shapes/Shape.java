package io.sibyl.it.mapper.shapes;

import io.sibyl.mapper.annotations.Discriminator;
import io.sibyl.mapper.annotations.Table;

/** Circles and squares in one table, read and written through one repository. */
@Table(name = "repo_shapes")
@Discriminator(column = "kind")
public sealed interface Shape permits Circle, Square {}
