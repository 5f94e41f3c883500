package io.sibyl.it.mapper.tuple;

import io.sibyl.driver.type.Tuple2;
import io.sibyl.mapper.annotations.Udt;

/** A UDT with a typed tuple field. */
@Udt(name = "tuple_waypoint")
public record Waypoint(String name, Tuple2<Integer, Integer> window) {}
