package io.sibyl.it.mapper.geometry;

import io.sibyl.driver.type.geometry.LineString;
import io.sibyl.driver.type.geometry.Point;
import io.sibyl.driver.type.geometry.Polygon;
import io.sibyl.mapper.annotations.Column;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;

/** Geometry properties, stored as well-known binary in blob columns (Apache Cassandra). */
@Table(name = "geometry_places")
public record Place(
    @PartitionKey String id,
    Point location,
    LineString route,
    Polygon area,
    @Column(type = "blob") Point entrance,
    Zone zone) {}
