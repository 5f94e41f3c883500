package io.sibyl.it.dsl;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.Index;
import io.sibyl.mapper.annotations.IndexType;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;

/**
 * A searchable document, for the LIKE tests of the query DSL. {@code title} and {@code body}
 * declare SASI indexes (CONTAINS and PREFIX mode), which {@code createIndexesCql} creates; {@code
 * note} gets one by hand (PREFIX mode), which the LIKE checks find in the schema metadata.
 */
@Table(name = "dsl_search_docs")
public record SearchDoc(
    @PartitionKey String shelf,
    @ClusteringColumn int number,
    // tag::sasi[]
    @Index(type = IndexType.SASI_CONTAINS) String title, // '%data%', '%data', 'data%'
    @Index(type = IndexType.SASI_PREFIX) String body, // 'Intro%' only
    // end::sasi[]
    String note,
    @Index(type = IndexType.STORAGE_ATTACHED) String author,
    @Index(type = IndexType.STORAGE_ATTACHED) int words) {}
