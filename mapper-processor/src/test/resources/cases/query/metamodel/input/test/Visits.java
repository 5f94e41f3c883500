package test;

import io.sibyl.mapper.annotations.Column;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;

@Table(name = "visits")
public record Visits(@PartitionKey String page, @Column(type = "counter") long hits) {}
