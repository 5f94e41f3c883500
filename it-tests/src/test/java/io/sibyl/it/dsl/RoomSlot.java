package io.sibyl.it.dsl;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.StaticColumn;
import io.sibyl.mapper.annotations.Table;

/**
 * A booked slot of a room, for the multi-column relation and DISTINCT tests of the query DSL: three
 * clustering columns and a static one.
 */
@Table(name = "dsl_room_slots")
public record RoomSlot(
    @PartitionKey String room,
    @ClusteringColumn(0) int day,
    @ClusteringColumn(1) int hour,
    @ClusteringColumn(2) int minute,
    @StaticColumn String building,
    String title) {}
