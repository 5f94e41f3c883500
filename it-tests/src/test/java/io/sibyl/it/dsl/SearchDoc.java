package io.sibyl.it.dsl;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.Index;
import io.sibyl.mapper.annotations.IndexType;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;

/**
 * A searchable document, for the LIKE tests of the query DSL. {@code title} and {@code body} get
 * SASI indexes by hand (CONTAINS and PREFIX mode): {@code @Index} cannot declare SASI.
 */
@Table(name = "dsl_search_docs")
public record SearchDoc(
    @PartitionKey String shelf,
    @ClusteringColumn int number,
    String title,
    String body,
    String note,
    @Index(type = IndexType.STORAGE_ATTACHED) String author,
    @Index(type = IndexType.STORAGE_ATTACHED) int words) {}
