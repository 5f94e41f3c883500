package io.sibyl.it.dsl;

import io.sibyl.mapper.annotations.Udt;

/** One stop of an itinerary: a user type held in collections and in a clustering column. */
@Udt(name = "dsl_stop")
public record Stop(String city, Integer day) {}
