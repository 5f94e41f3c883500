package io.sibyl.it.mapper.geometry;

import io.sibyl.driver.type.geometry.Polygon;
import io.sibyl.mapper.annotations.Udt;

/** A UDT with a geometry field (a blob field). */
@Udt(name = "geometry_zone")
public record Zone(String name, Polygon bounds) {}
