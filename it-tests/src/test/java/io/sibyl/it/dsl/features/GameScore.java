package io.sibyl.it.dsl.features;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;

/** A player's score in one game, for the aggregate tests. */
@Table(name = "dsl_game_scores")
public record GameScore(
    @PartitionKey String player,
    @ClusteringColumn(0) int season,
    @ClusteringColumn(1) int game,
    int points,
    double rating,
    String note) {}
