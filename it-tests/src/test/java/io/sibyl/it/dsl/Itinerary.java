package io.sibyl.it.dsl;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A traveller's itinerary from one start: a frozen UDT clustering column and collections of UDTs,
 * whose single elements, keys and {@code IN} lists the query DSL binds with the UDT's mapper.
 */
@Table(name = "dsl_itineraries")
public record Itinerary(
    @PartitionKey String traveller,
    @ClusteringColumn Stop start,
    List<Stop> legs,
    Set<Stop> visited,
    Map<String, Stop> byCity) {}
