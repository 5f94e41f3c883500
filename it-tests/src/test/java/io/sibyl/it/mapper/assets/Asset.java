package io.sibyl.it.mapper.assets;

import io.sibyl.mapper.annotations.Discriminator;
import io.sibyl.mapper.annotations.Table;

/** A two-level hierarchy in one table: buildings, and devices (laptops and phones). */
// tag::hierarchy[]
@Table(name = "repo_assets")
@Discriminator
public sealed interface Asset permits Building, Device {}

// end::hierarchy[]
