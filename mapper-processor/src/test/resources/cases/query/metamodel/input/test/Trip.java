package test;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.Column;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Table(name = "trips")
public record Trip(
    @PartitionKey String owner,
    @ClusteringColumn(0) Leg first,
    @ClusteringColumn(1) @Column(codec = MoneyCodec.class) Money fare,
    List<Leg> legs,
    Set<Leg> stops,
    Map<String, Leg> byCity) {}
