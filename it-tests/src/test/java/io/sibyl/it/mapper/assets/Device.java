package io.sibyl.it.mapper.assets;

/** An intermediate level: sealed, not mapped itself; its subtypes are. */
// tag::hierarchy[]
public sealed interface Device extends Asset permits Laptop, Phone {}

// end::hierarchy[]
