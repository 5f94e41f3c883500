package io.sibyl.it.bulk;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;

/** An event of a source, for the bulk write and scan tests: ten or so rows per partition. */
@Table(name = "bulk_events")
public record Event(@PartitionKey String source, @ClusteringColumn int seq, String payload) {

  /** The event's key as text, to compare sets of rows. */
  public String key() {
    return source + "/" + seq;
  }
}
