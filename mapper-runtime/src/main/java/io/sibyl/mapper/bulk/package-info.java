/**
 * Bulk writes and full-table scans: {@link io.sibyl.mapper.bulk.BulkWriter} saves many entities
 * with a bounded number of requests in flight (optionally as unlogged batches per partition) and
 * reports every failure in a {@link io.sibyl.mapper.bulk.BulkResult}; {@link
 * io.sibyl.mapper.bulk.TableScan} reads a whole table over token ranges in parallel, resumable per
 * range with a {@link io.sibyl.mapper.bulk.ScanCheckpoint}. The DSL's {@code QueryTable.saveAll}
 * and {@code QueryTable.scan} are the usual entry points.
 */
package io.sibyl.mapper.bulk;
