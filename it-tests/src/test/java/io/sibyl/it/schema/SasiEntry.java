package io.sibyl.it.schema;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.Index;
import io.sibyl.mapper.annotations.IndexType;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import java.time.Instant;

/**
 * SASI indexes declared with {@code @Index}, one per mode, for schema sync: title in CONTAINS mode
 * with analyzer options (case-insensitive), body in PREFIX mode, created in SPARSE mode.
 */
@Table(name = "sasi_entry")
public record SasiEntry(
    @PartitionKey String shelf,
    @ClusteringColumn int number,
    @Index(
            type = IndexType.SASI_CONTAINS,
            options =
                "{'analyzer_class':"
                    + " 'org.apache.cassandra.index.sasi.analyzer.NonTokenizingAnalyzer',"
                    + " 'case_sensitive': 'false'}")
        String title,
    @Index(name = "sasi_entry_body", type = IndexType.SASI_PREFIX) String body,
    @Index(type = IndexType.SASI_SPARSE) Instant created) {}
