package io.sibyl.it.schema;

import io.sibyl.mapper.annotations.Udt;

/** A UDT that gained the field {@code weight} since the hand-made schema. */
@Udt(name = "evolving_tag")
public record EvolvingTag(String label, Integer weight) {}
