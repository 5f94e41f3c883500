package io.sibyl.it.mapper.tuple;

import io.sibyl.driver.type.Tuple2;
import io.sibyl.driver.type.Tuple3;
import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.Column;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Typed tuples everywhere a column can hold one: in the partition key and a clustering column,
 * alone, in a list and a map, nested in another tuple, inside a UDT, and with an explicit component
 * type.
 */
@Table(name = "tuple_routes")
public record Route(
    @PartitionKey Tuple2<String, Integer> region,
    @ClusteringColumn Tuple3<Integer, String, Instant> leg,
    Tuple2<Double, Double> origin,
    List<Tuple2<Integer, String>> stops,
    Map<String, Tuple2<Waypoint, List<String>>> byName,
    Tuple2<Tuple2<Integer, Integer>, String> nested,
    Waypoint waypoint,
    @Column(type = "tuple<int, ascii>") Tuple2<Integer, String> code) {}
