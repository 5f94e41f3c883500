package io.sibyl.it.docs.cqlengine;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.Column;
import io.sibyl.mapper.annotations.Index;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** The model of docs/mapper/coming-from-cqlengine.md. */
// tag::model[]
@Table(name = "cqe_people") // __table_name__
public record Person(
    @PartitionKey String team, // partition_key=True
    @ClusteringColumn(descending = true) Instant joined, // primary_key=True, clustering_order
    @Column(name = "first_name") String firstName, // db_field='first_name'
    @Index String city, // index=True
    Set<String> tags, // columns.Set(columns.Text)
    Map<String, Integer> scores) {} // columns.Map(columns.Text, columns.Integer)
// end::model[]
