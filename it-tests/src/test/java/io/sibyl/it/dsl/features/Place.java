package io.sibyl.it.dsl.features;

import io.sibyl.mapper.annotations.Udt;

/** A place, a user type for the tests of conditions on fields. */
@Udt(name = "dsl_place")
public record Place(String city, Integer zip) {}
