package io.sibyl.it.parity;

import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;

/** A line of a report, kept on the named connection {@value #CONNECTION} (its own keyspace). */
@Table(name = "parity_report_lines", connection = ReportLine.CONNECTION)
public record ReportLine(@PartitionKey String day, long total) {

  /** The connection name the entity lives on. */
  public static final String CONNECTION = "it-parity-reporting";
}
